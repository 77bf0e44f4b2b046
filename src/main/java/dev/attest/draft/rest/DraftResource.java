package dev.attest.draft.rest;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.attest.assessment.StoredAssessment;
import dev.attest.assessment.mapping.AssessmentMapper;
import dev.attest.assessment.rest.AssessmentView;
import dev.attest.draft.mapping.DraftMapper;
import dev.attest.draft.service.OrganisationDrafts;
import dev.attest.platform.i18n.LanguageResolver;
import dev.attest.platform.problem.Problem;
import dev.attest.platform.problem.ResourceNotFoundException;
import dev.attest.workspace.rest.KeyResource;

@Path("/api/v1/drafts/{draftId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Drafts", description = "Assessments of an organisation filled in over several sittings")
@SecurityRequirement(name = KeyResource.SCHEME)
public class DraftResource {

    /** RFC 7386; plain application/json is read the same way. */
    public static final String MERGE_PATCH = "application/merge-patch+json";

    private static final String NOT_FOUND = "No draft with this id in the key's workspace (another workspace's ids, and "
            + "the web form's drafts, are answered alike)";

    @Inject
    OrganisationDrafts drafts;

    @Inject
    DraftMapper mapper;

    @Inject
    AssessmentMapper assessments;

    @Inject
    LanguageResolver languages;

    @GET
    @Operation(summary = "Get a draft", description = "Its answers so far, its status and, while open, `missing`: the "
            + "required questions the answers so far make visible and that are still unanswered.")
    @APIResponse(responseCode = "200", description = "The draft", content = @Content(
            schema = @Schema(implementation = DraftView.class),
            examples = @ExampleObject(name = "open draft", value = DraftExamples.DRAFT)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = DraftExamples.NOT_FOUND_PROBLEM)))
    public DraftView get(@Parameter(description = "Draft id") @PathParam("draftId") String draftId) {
        return drafts.find(draftId).map(mapper::view).orElseThrow(() -> notFound(draftId));
    }

    @PATCH
    @Consumes({ MERGE_PATCH, MediaType.APPLICATION_JSON })
    @Operation(summary = "Change a draft's answers", description = "A JSON Merge Patch (RFC 7386), sent as "
            + "application/merge-patch+json (application/json is read the same way): answers given replace the saved "
            + "ones, an answer set to null is removed, answers left out are kept; `language` may change too. The "
            + "answers are checked as far as given; one bad field refuses the whole patch and the draft stays as it was.")
    @RequestBody(required = true, content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = DraftPatch.class),
            examples = @ExampleObject(name = "one answer set, one removed", value = DraftExamples.DRAFT_PATCH)))
    @APIResponse(responseCode = "200", description = "The draft as changed", content = @Content(
            schema = @Schema(implementation = DraftView.class),
            examples = @ExampleObject(name = "draft", value = DraftExamples.DRAFT)))
    @APIResponse(responseCode = "400", description = "Bad fields, each named by a JSON Pointer; nothing is changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad answers", value = DraftExamples.INVALID_DRAFT_PROBLEM)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = DraftExamples.NOT_FOUND_PROBLEM)))
    @APIResponse(responseCode = "409", description = "The draft was submitted and can no longer change",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "submitted", value = DraftExamples.SUBMITTED_PROBLEM)))
    public DraftView update(@Parameter(description = "Draft id") @PathParam("draftId") String draftId, DraftPatch patch) {
        return drafts.update(draftId, patch).map(mapper::view).orElseThrow(() -> notFound(draftId));
    }

    @POST
    @Path("/submit")
    @Operation(summary = "Submit a draft", description = "Evaluates the answers and stores the assessment of the "
            + "draft's organisation, as POST /api/v1/organisations/{id}/assessments does (evaluated today). The draft "
            + "is then closed: it keeps its answers and names the assessment.")
    @APIResponse(responseCode = "201", description = "Stored; Location names the assessment", content = @Content(
            schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "Answers missing or bad: every one is listed; the draft stays open and nothing is stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "incomplete", value = DraftExamples.INCOMPLETE_DRAFT_PROBLEM)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = DraftExamples.NOT_FOUND_PROBLEM)))
    @APIResponse(responseCode = "409", description = "The draft was submitted already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "submitted", value = DraftExamples.SUBMITTED_PROBLEM)))
    public Response submit(
            @Parameter(description = "Draft id") @PathParam("draftId") String draftId,
            @Parameter(description = "Language of the assessment's texts (en, ru); overrides Accept-Language") @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        StoredAssessment stored = drafts.submit(draftId).orElseThrow(() -> notFound(draftId));
        return Response.created(URI.create("/api/v1/assessments/" + stored.id()))
                .entity(assessments.view(stored, languages.resolve(lang, acceptLanguage)))
                .build();
    }

    @DELETE
    @Operation(summary = "Delete a draft", description = "Open or submitted; an assessment made of it stays.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = DraftExamples.NOT_FOUND_PROBLEM)))
    public Response delete(@Parameter(description = "Draft id") @PathParam("draftId") String draftId) {
        if (!drafts.delete(draftId)) {
            throw notFound(draftId);
        }
        return Response.noContent().build();
    }

    private static ResourceNotFoundException notFound(String draftId) {
        return new ResourceNotFoundException("draft", draftId);
    }
}
