package dev.attest.draft.rest;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import dev.attest.assessment.rest.AssessmentExamples;
import dev.attest.draft.Draft;
import dev.attest.draft.mapping.DraftMapper;
import dev.attest.draft.service.OrganisationDrafts;
import dev.attest.organisation.rest.OrganisationExamples;
import dev.attest.platform.paging.PagedList;
import dev.attest.platform.paging.Paging;
import dev.attest.platform.problem.Problem;
import dev.attest.platform.problem.ResourceNotFoundException;
import dev.attest.workspace.rest.KeyResource;

@Path("/api/v1/organisations/{id}/drafts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Drafts", description = "Assessments of an organisation filled in over several sittings")
@SecurityRequirement(name = KeyResource.SCHEME)
public class OrganisationDraftResource {

    @Inject
    OrganisationDrafts drafts;

    @Inject
    DraftMapper mapper;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a draft of an organisation's assessment", description = "Answers may be given now or "
            + "later, in any number of PATCHes; each is checked as far as given, and `missing` lists the required "
            + "questions still open. The body may be empty: the default questionnaire (core), in English.")
    @RequestBody(content = @Content(schema = @Schema(implementation = DraftRequest.class),
            examples = @ExampleObject(name = "two answers", value = DraftExamples.DRAFT_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created; Location names it", content = @Content(
            schema = @Schema(implementation = DraftView.class),
            examples = @ExampleObject(name = "created", value = DraftExamples.DRAFT)))
    @APIResponse(responseCode = "400", description = "Bad fields (questionnaire, language, answers), each named by a JSON Pointer; nothing is stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad answers", value = DraftExamples.INVALID_DRAFT_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No organisation with this id in the key's workspace (another workspace's ids are answered alike)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = OrganisationExamples.NOT_FOUND_PROBLEM)))
    public Response create(@Parameter(description = "Organisation id") @PathParam("id") String id, DraftRequest request) {
        Draft created = drafts.create(id, request).orElseThrow(() -> new ResourceNotFoundException("organisation", id));
        return Response.created(URI.create("/api/v1/drafts/" + created.id)).entity(mapper.view(created)).build();
    }

    @GET
    @Operation(summary = "List an organisation's drafts", description = "Open and submitted ones, most recently "
            + "changed first, one page at a time with the total.")
    @APIResponse(responseCode = "200", description = "One page of drafts", content = @Content(
            schema = @Schema(implementation = DraftPage.class),
            examples = @ExampleObject(name = "one draft", value = DraftExamples.DRAFTS)))
    @APIResponse(responseCode = "400", description = "A bad page or size, named", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "bad size", value = AssessmentExamples.INVALID_QUERY_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No organisation with this id in the key's workspace (another workspace's ids are answered alike)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = OrganisationExamples.NOT_FOUND_PROBLEM)))
    public PagedList<DraftView> list(
            @Parameter(description = "Organisation id") @PathParam("id") String id,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) @QueryParam("size") String size) {
        Paging paging = Paging.parse(page, size);
        return drafts.list(id, paging).map(found -> found.map(mapper::view))
                .orElseThrow(() -> new ResourceNotFoundException("organisation", id));
    }
}
