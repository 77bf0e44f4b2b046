package dev.attest.report.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
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

import dev.attest.assessment.rest.AssessmentView;
import dev.attest.platform.i18n.Language;
import dev.attest.platform.i18n.LanguageResolver;
import dev.attest.platform.problem.Problem;
import dev.attest.platform.problem.ResourceNotFoundException;
import dev.attest.workspace.rest.KeyResource;
import dev.attest.report.service.ReportService;

@Path("/api/v1/assessments/{id}")
@Tag(name = "Reports", description = "Download a stored assessment as a PDF report, an action plan or JSON")
@SecurityRequirement(name = KeyResource.SCHEME)
public class ReportResource {

    static final String PDF = "application/pdf";
    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    ReportService reports;

    @Inject
    LanguageResolver languages;

    @GET
    @Path("/report.pdf")
    @Produces(PDF)
    @Operation(summary = "Download the PDF report", description = "Cover with the overall and per-framework scores, "
            + "applicability with reasons, findings most severe first with their remediation checklists (steps done ticked), the clocks to "
            + "keep, and the versions that produced the result. Texts in the language asked for.")
    @APIResponse(responseCode = "200", description = "The report, as an attachment",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No assessment with this id in the key's workspace (another workspace's ids are answered alike)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(
            @Parameter(description = "Assessment id") @PathParam("id") String id,
            @Parameter(description = "Language of the texts (en, ru); overrides Accept-Language") @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language language = languages.resolve(lang, acceptLanguage);
        byte[] pdf = reports.pdf(id, language).orElseThrow(() -> notFound(id));
        return attachment(pdf, PDF, "attest-report-" + id + "-" + language.code() + ".pdf");
    }

    @GET
    @Path("/action-plan.csv")
    @Produces(CSV)
    @Operation(summary = "Download the action plan as CSV", description = "One row per remediation step, most severe "
            + "finding first: severity, ruleId, citation, finding, step, action, status (open, or done once ticked off in the "
            + "action plan) and doneAt (when it was ticked, ISO 8601). UTF-8 with a byte-order "
            + "mark; the header uses these English column ids in every language, the texts follow the language asked for.")
    @APIResponse(responseCode = "200", description = "The action plan, as an attachment",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No assessment with this id in the key's workspace (another workspace's ids are answered alike)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response actionPlan(
            @Parameter(description = "Assessment id") @PathParam("id") String id,
            @Parameter(description = "Language of the texts (en, ru); overrides Accept-Language") @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language language = languages.resolve(lang, acceptLanguage);
        byte[] csv = reports.actionPlan(id, language).orElseThrow(() -> notFound(id));
        return attachment(csv, CSV, "attest-action-plan-" + id + "-" + language.code() + ".csv");
    }

    @GET
    @Path("/result.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Download the assessment as JSON", description = "The same document as GET /api/v1/assessments/{id}, "
            + "as an attachment.")
    @APIResponse(responseCode = "200", description = "The assessment, as an attachment",
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "404", description = "No assessment with this id in the key's workspace (another workspace's ids are answered alike)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response result(
            @Parameter(description = "Assessment id") @PathParam("id") String id,
            @Parameter(description = "Language of the texts (en, ru); overrides Accept-Language") @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language language = languages.resolve(lang, acceptLanguage);
        AssessmentView view = reports.assessment(id, language).orElseThrow(() -> notFound(id));
        return attachment(view, MediaType.APPLICATION_JSON, "attest-assessment-" + id + "-" + language.code() + ".json");
    }

    private static Response attachment(Object entity, String type, String filename) {
        return Response.ok(entity, type)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }

    private static ResourceNotFoundException notFound(String id) {
        return new ResourceNotFoundException("assessment", id);
    }
}
