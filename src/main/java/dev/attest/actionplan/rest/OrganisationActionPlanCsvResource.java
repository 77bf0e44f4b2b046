package dev.attest.actionplan.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.attest.actionplan.OrganisationActionPlan;
import dev.attest.actionplan.mapping.TaskCsvWriter;
import dev.attest.actionplan.service.OrganisationActionPlanService;
import dev.attest.actionplan.service.TaskFilter;
import dev.attest.platform.i18n.Language;
import dev.attest.platform.i18n.LanguageResolver;
import dev.attest.platform.problem.Problem;
import dev.attest.platform.problem.ResourceNotFoundException;
import dev.attest.workspace.rest.KeyResource;

@Path("/api/v1/organisations/{id}/action-plan.csv")
@Tag(name = "Organisation action plan")
@SecurityRequirement(name = KeyResource.SCHEME)
public class OrganisationActionPlanCsvResource {

    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    OrganisationActionPlanService plans;

    @Inject
    TaskCsvWriter writer;

    @Inject
    LanguageResolver languages;

    @GET
    @Produces(CSV)
    @Operation(summary = "Download an organisation's action plan as CSV", description = "One row per task, the same "
            + "tasks and filters as GET .../action-plan: the latest plan's tasks (column plan = current), most severe "
            + "finding first, then the resolved ones (plan = resolved). UTF-8 with a byte-order mark; the header uses "
            + "stable English column ids in every language, the texts follow the language asked for.")
    @APIResponse(responseCode = "200", description = "The tasks, as an attachment", content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "An unknown status filter, named", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "bad status", value = OrganisationActionPlanExamples.INVALID_FILTER_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No organisation with this id in the key's workspace (another workspace's ids are answered alike)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = OrganisationActionPlanExamples.NOT_FOUND_PROBLEM)))
    public Response download(
            @Parameter(description = "Organisation id") @PathParam("id") String id,
            @Parameter(description = "Only tasks with this status", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"open", "in_progress", "done", "risk_accepted"})) @QueryParam("status") String status,
            @Parameter(description = "Only tasks of this owner (ignoring case)") @QueryParam("owner") String owner,
            @Parameter(description = "Language of the texts (en, ru); overrides Accept-Language") @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        TaskFilter filter = TaskFilter.parse(status, owner);
        Language language = languages.resolve(lang, acceptLanguage);
        OrganisationActionPlan plan = plans.plan(id, filter, language)
                .orElseThrow(() -> new ResourceNotFoundException("organisation", id));
        return Response.ok(writer.write(plan), CSV)
                .header("Content-Disposition", "attachment; filename=\"attest-organisation-action-plan-" + id + "-"
                        + language.code() + ".csv\"")
                .build();
    }
}
