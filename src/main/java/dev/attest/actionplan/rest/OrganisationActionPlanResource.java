package dev.attest.actionplan.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.attest.actionplan.OrganisationActionPlan;
import dev.attest.actionplan.OrganisationActionPlan.Task;
import dev.attest.actionplan.service.OrganisationActionPlanService;
import dev.attest.actionplan.service.TaskFilter;
import dev.attest.platform.i18n.LanguageResolver;
import dev.attest.platform.problem.Problem;
import dev.attest.platform.problem.ResourceNotFoundException;
import dev.attest.workspace.rest.KeyResource;

@Path("/api/v1/organisations/{id}/action-plan")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation action plan", description = "An organisation's remediation tasks, carried over from one assessment to the next")
@SecurityRequirement(name = KeyResource.SCHEME)
public class OrganisationActionPlanResource {

    static final String STATUSES = "open, in_progress, done, risk_accepted";

    @Inject
    OrganisationActionPlanService plans;

    @Inject
    LanguageResolver languages;

    @GET
    @Operation(summary = "Get an organisation's action plan", description = "One task per remediation step of each "
            + "finding of the organisation's latest assessment (latest evaluation date, then latest stored), most severe "
            + "finding first, steps numbered from 1. A task keeps its owner, due date, status and notes for as long as "
            + "later assessments fail the same check. A step nobody has touched is open with no owner. A done task "
            + "whose finding an assessment newer than its marking still has is flagged `findingStillPresent`. Tasks "
            + "whose finding the latest assessment no longer has are listed under `resolved`, with the assessment that "
            + "resolved them. Filters apply to both lists; the counts are of the whole latest plan.")
    @APIResponse(responseCode = "200", description = "The action plan (empty while the organisation has no assessment)",
            content = @Content(schema = @Schema(implementation = OrganisationActionPlan.class),
                    examples = @ExampleObject(name = "one year on", value = OrganisationActionPlanExamples.PLAN)))
    @APIResponse(responseCode = "400", description = "An unknown status filter, named", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "bad status", value = OrganisationActionPlanExamples.INVALID_FILTER_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No organisation with this id in the key's workspace (another workspace's ids are answered alike)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = OrganisationActionPlanExamples.NOT_FOUND_PROBLEM)))
    public OrganisationActionPlan get(
            @Parameter(description = "Organisation id") @PathParam("id") String id,
            @Parameter(description = "Only tasks with this status", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"open", "in_progress", "done", "risk_accepted"})) @QueryParam("status") String status,
            @Parameter(description = "Only tasks of this owner (ignoring case)", example = "Anna Becker") @QueryParam("owner") String owner,
            @Parameter(description = "Language of the texts (en, ru); overrides Accept-Language") @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        TaskFilter filter = TaskFilter.parse(status, owner);
        return plans.plan(id, filter, languages.resolve(lang, acceptLanguage))
                .orElseThrow(() -> new ResourceNotFoundException("organisation", id));
    }

    @PATCH
    @Path("/tasks/{checkId}/{stepNumber}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change one task", description = "Changes only the fields sent; an explicit null clears owner, "
            + "dueDate or notes. `status` is one of " + STATUSES + "; `risk_accepted` needs a `riskReason`, which is "
            + "dropped when the status changes to anything else. Sending a status (even the one the task has) records it "
            + "against the latest assessment, which clears `findingStillPresent`. Only a step of the latest "
            + "assessment's plan can be changed.")
    @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.OBJECT, properties = {
            @SchemaProperty(name = "status", type = SchemaType.STRING, enumeration = {"open", "in_progress", "done", "risk_accepted"}),
            @SchemaProperty(name = "owner", type = SchemaType.STRING, maxLength = 200, nullable = true),
            @SchemaProperty(name = "dueDate", type = SchemaType.STRING, format = "date", nullable = true),
            @SchemaProperty(name = "riskReason", type = SchemaType.STRING, maxLength = 10000, nullable = true),
            @SchemaProperty(name = "notes", type = SchemaType.STRING, maxLength = 10000, nullable = true)}),
            examples = {@ExampleObject(name = "assign", value = OrganisationActionPlanExamples.TASK_UPDATE),
                @ExampleObject(name = "accept the risk", value = OrganisationActionPlanExamples.RISK_ACCEPTANCE)}))
    @APIResponse(responseCode = "200", description = "The task as it now is", content = @Content(
            schema = @Schema(implementation = Task.class),
            examples = @ExampleObject(name = "assigned", value = OrganisationActionPlanExamples.TASK)))
    @APIResponse(responseCode = "400", description = "Bad fields, each named: an unknown status, a bad date, text too long, "
            + "an unknown field, risk_accepted without a reason, or a step number that is not a whole number from 1",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "bad fields", value = OrganisationActionPlanExamples.INVALID_TASK_PROBLEM),
                        @ExampleObject(name = "no reason", value = OrganisationActionPlanExamples.MISSING_REASON_PROBLEM)}))
    @APIResponse(responseCode = "404", description = "No organisation with this id in the key's workspace (another workspace's "
            + "ids are answered alike), or the check or step is not in the plan of its latest assessment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "unknown", value = OrganisationActionPlanExamples.NOT_FOUND_PROBLEM),
                        @ExampleObject(name = "not a finding", value = OrganisationActionPlanExamples.UNKNOWN_FINDING_PROBLEM)}))
    public Task update(
            @Parameter(description = "Organisation id") @PathParam("id") String id,
            @Parameter(description = "Check id of a finding of the latest assessment", example = "GDPR-ART7-PRETICKED") @PathParam("checkId") String checkId,
            @Parameter(description = "Step number, from 1", example = "1") @PathParam("stepNumber") String stepNumber,
            JsonNode body,
            @Parameter(description = "Language of the texts (en, ru); overrides Accept-Language") @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return plans.update(id, checkId, stepNumber, body, languages.resolve(lang, acceptLanguage));
    }
}
