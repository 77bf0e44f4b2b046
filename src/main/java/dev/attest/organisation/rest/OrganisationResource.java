package dev.attest.organisation.rest;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import dev.attest.organisation.Organisation;
import dev.attest.organisation.mapping.OrganisationMapper;
import dev.attest.organisation.service.OrganisationService;
import dev.attest.organisation.service.OrganisationSort;
import dev.attest.platform.paging.PagedList;
import dev.attest.platform.paging.Paging;
import dev.attest.platform.problem.Problem;
import dev.attest.platform.problem.ResourceNotFoundException;
import dev.attest.workspace.rest.KeyResource;

@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "The workspace's client organisations")
@SecurityRequirement(name = KeyResource.SCHEME)
public class OrganisationResource {

    @Inject
    OrganisationService organisations;

    @Inject
    OrganisationMapper mapper;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an organisation", description = "A client of the workspace: name, country (ISO 3166-1 "
            + "alpha-2), sector (free text), re-assessment cadence in months (1 to 36, default 12) and up to 20 contacts.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OrganisationRequest.class),
            examples = @ExampleObject(name = "shoe shop", value = OrganisationExamples.ORGANISATION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created; Location names it", content = @Content(
            schema = @Schema(implementation = OrganisationView.class),
            examples = @ExampleObject(name = "created", value = OrganisationExamples.ORGANISATION)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named by a JSON Pointer; nothing is stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad country and e-mail", value = OrganisationExamples.INVALID_ORGANISATION_PROBLEM)))
    public Response create(OrganisationRequest request) {
        Organisation created = organisations.create(request);
        return Response.created(URI.create("/api/v1/organisations/" + created.id)).entity(mapper.view(created)).build();
    }

    @GET
    @Operation(summary = "List the workspace's organisations", description = "One page at a time, with the total.")
    @APIResponse(responseCode = "200", description = "One page of organisations", content = @Content(
            schema = @Schema(implementation = OrganisationPage.class),
            examples = @ExampleObject(name = "one organisation", value = OrganisationExamples.ORGANISATIONS)))
    @APIResponse(responseCode = "400", description = "A bad page, size or sort, named", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public PagedList<OrganisationView> list(
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) @QueryParam("size") String size,
            @Parameter(description = "Order: name, -name, createdAt, -createdAt (- is descending)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "name", "-name", "createdAt", "-createdAt" }, defaultValue = "name")) @QueryParam("sort") String sort) {
        OrganisationSort order = OrganisationSort.parse(sort);
        return organisations.list(Paging.parse(page, size), order).map(mapper::view);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an organisation")
    @APIResponse(responseCode = "200", description = "The organisation", content = @Content(
            schema = @Schema(implementation = OrganisationView.class),
            examples = @ExampleObject(name = "organisation", value = OrganisationExamples.ORGANISATION)))
    @APIResponse(responseCode = "404", description = "No organisation with this id in the key's workspace (another workspace's ids are answered alike)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = OrganisationExamples.NOT_FOUND_PROBLEM)))
    public OrganisationView get(@Parameter(description = "Organisation id") @PathParam("id") String id) {
        return organisations.find(id).map(mapper::view)
                .orElseThrow(() -> new ResourceNotFoundException("organisation", id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an organisation", description = "Every field is replaced, as on creation: optional "
            + "fields left out take their defaults (no sector, 12 months, no contacts).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OrganisationRequest.class),
            examples = @ExampleObject(name = "shoe shop", value = OrganisationExamples.ORGANISATION_REQUEST)))
    @APIResponse(responseCode = "200", description = "The organisation as replaced", content = @Content(
            schema = @Schema(implementation = OrganisationView.class),
            examples = @ExampleObject(name = "organisation", value = OrganisationExamples.ORGANISATION)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named by a JSON Pointer; nothing is changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad country and e-mail", value = OrganisationExamples.INVALID_ORGANISATION_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No organisation with this id in the key's workspace (another workspace's ids are answered alike)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = OrganisationExamples.NOT_FOUND_PROBLEM)))
    public OrganisationView replace(@Parameter(description = "Organisation id") @PathParam("id") String id,
            OrganisationRequest request) {
        return organisations.replace(id, request).map(mapper::view)
                .orElseThrow(() -> new ResourceNotFoundException("organisation", id));
    }
}
