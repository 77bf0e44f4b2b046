package dev.attest.organisation.rest;

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
import dev.attest.assessment.mapping.AssessmentMapper;
import dev.attest.assessment.rest.AssessmentExamples;
import dev.attest.assessment.rest.AssessmentFilterParameters;
import dev.attest.assessment.rest.AssessmentPage;
import dev.attest.assessment.rest.AssessmentView;
import dev.attest.assessment.service.AssessmentFilter;
import dev.attest.assessment.service.AssessmentSort;
import dev.attest.evaluation.rest.EvaluationRequest;
import dev.attest.evaluation.rest.Examples;
import dev.attest.organisation.History;
import dev.attest.organisation.service.HistoryService;
import dev.attest.organisation.service.OrganisationAssessments;
import dev.attest.platform.i18n.LanguageResolver;
import dev.attest.platform.paging.PagedList;
import dev.attest.platform.paging.Paging;
import dev.attest.platform.problem.Problem;
import dev.attest.platform.problem.ResourceNotFoundException;
import dev.attest.workspace.rest.KeyResource;

@Path("/api/v1/organisations/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "The workspace's client organisations")
@SecurityRequirement(name = KeyResource.SCHEME)
public class OrganisationAssessmentResource {

    @Inject
    OrganisationAssessments assessments;

    @Inject
    HistoryService history;

    @Inject
    AssessmentFilterParameters filters;

    @Inject
    AssessmentMapper mapper;

    @Inject
    LanguageResolver languages;

    @POST
    @Path("/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assess an organisation", description = "Like POST /api/v1/assessments, and the stored "
            + "assessment belongs to this organisation: it appears in its listing and history.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EvaluationRequest.class),
            examples = @ExampleObject(name = "minimal", value = Examples.EVALUATION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Stored; Location names it", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request: every bad field is listed; nothing is stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid answers", value = Examples.INVALID_ANSWERS_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No organisation with this id in the key's workspace (another workspace's ids are answered alike)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = OrganisationExamples.NOT_FOUND_PROBLEM)))
    public Response create(
            @Parameter(description = "Organisation id") @PathParam("id") String id,
            EvaluationRequest request,
            @Parameter(description = "Language of the texts (en, ru); overrides Accept-Language") @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        StoredAssessment stored = assessments.create(id, request)
                .orElseThrow(() -> new ResourceNotFoundException("organisation", id));
        return Response.created(URI.create("/api/v1/assessments/" + stored.id()))
                .entity(mapper.view(stored, languages.resolve(lang, acceptLanguage)))
                .build();
    }

    @GET
    @Path("/assessments")
    @Operation(summary = "List an organisation's assessments", description = "One page at a time with the total, "
            + "filtered by evaluation date, band and framework, newest evaluation first unless sorted otherwise.")
    @APIResponse(responseCode = "200", description = "One page of assessments", content = @Content(
            schema = @Schema(implementation = AssessmentPage.class),
            examples = @ExampleObject(name = "one assessment", value = AssessmentExamples.ASSESSMENTS)))
    @APIResponse(responseCode = "400", description = "A bad parameter, named", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "bad band", value = AssessmentExamples.INVALID_QUERY_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No organisation with this id in the key's workspace (another workspace's ids are answered alike)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = OrganisationExamples.NOT_FOUND_PROBLEM)))
    public PagedList<AssessmentSummary> list(
            @Parameter(description = "Organisation id") @PathParam("id") String id,
            @Parameter(description = "Earliest evaluation date, inclusive (YYYY-MM-DD)") @QueryParam("from") String from,
            @Parameter(description = "Latest evaluation date, inclusive (YYYY-MM-DD)") @QueryParam("to") String to,
            @Parameter(description = "Only this band", schema = @Schema(type = SchemaType.STRING, enumeration = { "red", "amber", "green", "not-assessed" })) @QueryParam("band") String band,
            @Parameter(description = "Only assessments to which this framework applies (as GET /api/v1/rulebase names them)",
                    example = "GDPR") @QueryParam("framework") String framework,
            @Parameter(description = "Order (- is descending)", schema = @Schema(type = SchemaType.STRING, enumeration = { "evaluationDate", "-evaluationDate", "score", "-score" },
                    defaultValue = "-evaluationDate")) @QueryParam("sort") String sort,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) @QueryParam("size") String size) {
        AssessmentFilter filter = filters.parse(from, to, band, framework);
        AssessmentSort order = AssessmentSort.parse(sort);
        return assessments.list(id, filter, order, Paging.parse(page, size))
                .orElseThrow(() -> new ResourceNotFoundException("organisation", id));
    }

    @GET
    @Path("/history")
    @Operation(summary = "An organisation's scores over time", description = "One point per stored assessment, oldest "
            + "evaluation first: the overall score and, per framework, its score with its status (a framework that did "
            + "not apply has a point with status not-applicable and no score).")
    @APIResponse(responseCode = "200", description = "The history", content = @Content(
            schema = @Schema(implementation = History.class),
            examples = @ExampleObject(name = "two years", value = OrganisationExamples.HISTORY)))
    @APIResponse(responseCode = "404", description = "No organisation with this id in the key's workspace (another workspace's ids are answered alike)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = OrganisationExamples.NOT_FOUND_PROBLEM)))
    public History history(@Parameter(description = "Organisation id") @PathParam("id") String id) {
        return history.of(id).orElseThrow(() -> new ResourceNotFoundException("organisation", id));
    }
}
