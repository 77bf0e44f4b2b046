package dev.attest.actionplan.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
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

import dev.attest.actionplan.ActionPlan;
import dev.attest.actionplan.service.ActionPlanService;
import dev.attest.platform.i18n.LanguageResolver;
import dev.attest.platform.problem.Problem;
import dev.attest.platform.problem.ResourceNotFoundException;
import dev.attest.workspace.rest.KeyResource;

@Path("/api/v1/assessments/{id}/action-plan")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Action plan", description = "Tick off a stored assessment's remediation steps")
@SecurityRequirement(name = KeyResource.SCHEME)
public class ActionPlanResource {

    @Inject
    ActionPlanService actionPlans;

    @Inject
    LanguageResolver languages;

    @GET
    @Operation(summary = "Get the action plan", description = "The assessment's findings most severe first (critical, "
            + "high, medium, low), each with its remediation steps numbered from 1, which of them are done and when, "
            + "and the counts. Texts in the language asked for.")
    @APIResponse(responseCode = "200", description = "The action plan", content = @Content(schema = @Schema(implementation = ActionPlan.class)))
    @APIResponse(responseCode = "404", description = "No assessment with this id in the key's workspace (another workspace's ids are answered alike)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ActionPlan get(
            @Parameter(description = "Assessment id") @PathParam("id") String id,
            @Parameter(description = "Language of the texts (en, ru); overrides Accept-Language") @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return actionPlans.plan(id, languages.resolve(lang, acceptLanguage))
                .orElseThrow(() -> new ResourceNotFoundException("assessment", id));
    }

    @PUT
    @Path("/{checkId}/steps/{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tick or untick one step", description = "Marks one remediation step of one finding as done "
            + "(`{\"done\": true}`) or not done (`{\"done\": false}`). The stored result is not changed. Repeating a "
            + "tick keeps the time of the first one.")
    @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.OBJECT, requiredProperties = {"done"},
            properties = @SchemaProperty(name = "done", type = SchemaType.BOOLEAN)),
            examples = @ExampleObject(name = "done", value = ActionPlanExamples.STEP_UPDATE)))
    @APIResponse(responseCode = "200", description = "The step as it now is", content = @Content(
            schema = @Schema(implementation = ActionPlan.Step.class),
            examples = @ExampleObject(name = "ticked", value = ActionPlanExamples.STEP)))
    @APIResponse(responseCode = "400", description = "`done` missing or not true/false, or a step number that is not a whole number from 1",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "missing done", value = ActionPlanExamples.MISSING_DONE_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No assessment with this id in the key's workspace, no finding with this check id in it, "
            + "or no such step in the finding's remediation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown step", value = ActionPlanExamples.UNKNOWN_STEP_PROBLEM)))
    public ActionPlan.Step tick(
            @Parameter(description = "Assessment id") @PathParam("id") String id,
            @Parameter(description = "Check id of a finding", example = "GDPR-ART7-PRETICKED") @PathParam("checkId") String checkId,
            @Parameter(description = "Step number, from 1", example = "1") @PathParam("number") String number,
            JsonNode body,
            @Parameter(description = "Language of the texts (en, ru); overrides Accept-Language") @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return actionPlans.tick(id, checkId, number, body, languages.resolve(lang, acceptLanguage));
    }
}
