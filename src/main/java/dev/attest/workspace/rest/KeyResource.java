package dev.attest.workspace.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.attest.platform.problem.Problem;
import dev.attest.platform.problem.ResourceNotFoundException;
import dev.attest.workspace.mapping.WorkspaceMapper;
import dev.attest.workspace.service.ApiKeyService;

@Path("/api/v1/keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Keys", description = "The workspace's own API keys")
@SecurityScheme(securitySchemeName = KeyResource.SCHEME, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "atk_<public id>_<secret>", description = "A workspace's API key, sent as Authorization: Bearer <key>. "
        + "Never in the URL: a key in a query parameter is refused.")
@SecurityRequirement(name = KeyResource.SCHEME)
public class KeyResource {

    /** The OpenAPI name of the workspace key scheme, required by every endpoint that reads or stores data. */
    public static final String SCHEME = "workspaceKey";

    @Inject
    ApiKeyService keys;

    @Inject
    WorkspaceMapper mapper;

    @GET
    @Operation(summary = "List the workspace's keys", description = "Every key of the caller's workspace, revoked and "
            + "expired ones included, oldest first; only their prefixes, never the keys.")
    @APIResponse(responseCode = "200", description = "The keys", content = @Content(
            schema = @Schema(implementation = KeyView.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "two keys", value = WorkspaceExamples.KEYS)))
    public List<KeyView> list() {
        return keys.list().stream().map(mapper::view).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a key", description = "A new key for the caller's workspace, with a name and an optional "
            + "expiry. The key is in this answer only.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = KeyRequest.class),
            examples = @ExampleObject(name = "with expiry", value = WorkspaceExamples.KEY_REQUEST)))
    @APIResponse(responseCode = "201", description = "The key, shown this once", content = @Content(
            schema = @Schema(implementation = CreatedKeyView.class),
            examples = @ExampleObject(name = "created", value = WorkspaceExamples.CREATED_KEY)))
    @APIResponse(responseCode = "400", description = "Name missing or too long, or an expiry not in the future",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "expiry in the past", value = WorkspaceExamples.INVALID_KEY_REQUEST_PROBLEM)))
    public Response create(KeyRequest request) {
        return Response.status(Response.Status.CREATED).entity(mapper.view(keys.create(request))).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a key", description = "The key stops working at once and stays listed as revoked. "
            + "Revoking it again changes nothing. A workspace may revoke the key it is calling with.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "The workspace has no key with this id", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown key", value = WorkspaceExamples.NOT_FOUND_PROBLEM)))
    public Response revoke(@Parameter(description = "Key id (not the key)") @PathParam("id") String id) {
        keys.revoke(id).orElseThrow(() -> new ResourceNotFoundException("key", id));
        return Response.noContent().build();
    }
}
