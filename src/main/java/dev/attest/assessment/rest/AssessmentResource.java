package dev.attest.assessment.rest;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.attest.assessment.AssessmentSummary;
import dev.attest.assessment.StoredAssessment;
import dev.attest.assessment.service.AssessmentFilter;
import dev.attest.assessment.service.AssessmentListing;
import dev.attest.assessment.service.AssessmentSort;
import dev.attest.assessment.service.AssessmentService;
import dev.attest.assessment.mapping.AssessmentMapper;
import dev.attest.evaluation.rest.EvaluationRequest;
import dev.attest.evaluation.rest.Examples;
import dev.attest.platform.i18n.LanguageResolver;
import dev.attest.platform.paging.PagedList;
import dev.attest.platform.paging.Paging;
import dev.attest.platform.problem.DateParameters;
import dev.attest.platform.problem.Problem;
import dev.attest.platform.problem.ResourceNotFoundException;
import dev.attest.workspace.rest.KeyResource;

@Path("/api/v1/assessments")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "Evaluate answers and keep the result")
@SecurityRequirement(name = KeyResource.SCHEME)
public class AssessmentResource {

    @Inject
    AssessmentService assessments;

    @Inject
    AssessmentMapper mapper;

    @Inject
    LanguageResolver languages;

    @Inject
    DateParameters dates;

    @Inject
    AssessmentListing listing;

    @Inject
    AssessmentFilterParameters filters;

    @POST
    @Operation(summary = "Evaluate and store an assessment", description = "Like POST /api/v1/evaluations, and stores the answers, "
            + "the result, the evaluation date and both versions. Returns the stored assessment with an unguessable id.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EvaluationRequest.class),
            examples = @ExampleObject(name = "minimal", value = Examples.EVALUATION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Stored; Location names it", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request: every bad field is listed; nothing is stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid answers", value = Examples.INVALID_ANSWERS_PROBLEM)))
    public Response create(
            EvaluationRequest request,
            @Parameter(description = "Language of the texts (en, ru); overrides Accept-Language") @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        StoredAssessment stored = assessments.create(request);
        return Response.created(URI.create("/api/v1/assessments/" + stored.id()))
                .entity(mapper.view(stored, languages.resolve(lang, acceptLanguage)))
                .build();
    }

    @GET
    @Operation(summary = "List the workspace's assessments", description = "Every stored assessment of the key's "
            + "workspace, with or without an organisation, one page at a time with the total; filtered and sorted as "
            + "GET /api/v1/organisations/{id}/assessments.")
    @APIResponse(responseCode = "200", description = "One page of assessments", content = @Content(
            schema = @Schema(implementation = AssessmentPage.class),
            examples = @ExampleObject(name = "one assessment", value = AssessmentExamples.ASSESSMENTS)))
    @APIResponse(responseCode = "400", description = "A bad parameter, named", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "bad band", value = AssessmentExamples.INVALID_QUERY_PROBLEM)))
    public PagedList<AssessmentSummary> list(
            @Parameter(description = "Earliest evaluation date, inclusive (YYYY-MM-DD)") @QueryParam("from") String from,
            @Parameter(description = "Latest evaluation date, inclusive (YYYY-MM-DD)") @QueryParam("to") String to,
            @Parameter(description = "Only this band", schema = @Schema(type = SchemaType.STRING, enumeration = { "red", "amber", "green", "not-assessed" })) @QueryParam("band") String band,
            @Parameter(description = "Only assessments to which this framework applies", example = "GDPR") @QueryParam("framework") String framework,
            @Parameter(description = "Order (- is descending)", schema = @Schema(type = SchemaType.STRING, enumeration = { "evaluationDate", "-evaluationDate", "score", "-score" },
                    defaultValue = "-evaluationDate")) @QueryParam("sort") String sort,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) @QueryParam("size") String size) {
        AssessmentFilter filter = filters.parse(from, to, band, framework);
        AssessmentSort order = AssessmentSort.parse(sort);
        return listing.list(null, filter, order, Paging.parse(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a stored assessment", description = "The answers and the result as evaluated when stored, with texts in the language asked for.")
    @APIResponse(responseCode = "200", description = "The assessment", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "404", description = "No assessment with this id in the key's workspace (another workspace's ids are answered alike)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssessmentView get(
            @Parameter(description = "Assessment id") @PathParam("id") String id,
            @Parameter(description = "Language of the texts (en, ru); overrides Accept-Language") @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return assessments.find(id)
                .map(stored -> mapper.view(stored, languages.resolve(lang, acceptLanguage)))
                .orElseThrow(() -> new ResourceNotFoundException("assessment", id));
    }

    @POST
    @Path("/{id}/reassessments")
    @Operation(summary = "Re-assess with today's rules", description = "Re-runs the assessment's stored answers against the "
            + "current questionnaire and rulebase and stores the result as a new assessment linked to it. Answers the "
            + "questionnaire no longer accepts do not fail the run: the result is marked needsReview and lists them with "
            + "the checks that read them. Send `Content-Type: application/json` (the body may be empty).")
    @APIResponse(responseCode = "201", description = "The re-assessment; Location names it",
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid evaluationDate",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No assessment with this id in the key's workspace (another workspace's ids are answered alike)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reassess(
            @Parameter(description = "Assessment id") @PathParam("id") String id,
            @Parameter(description = "Date to evaluate for (YYYY-MM-DD); default today") @QueryParam("evaluationDate") String evaluationDate,
            @Parameter(description = "Language of the texts (en, ru); overrides Accept-Language") @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        StoredAssessment stored = assessments.reassess(id, dates.parseOptional("evaluationDate", evaluationDate))
                .orElseThrow(() -> new ResourceNotFoundException("assessment", id));
        return Response.created(URI.create("/api/v1/assessments/" + stored.id()))
                .entity(mapper.view(stored, languages.resolve(lang, acceptLanguage)))
                .build();
    }
}
