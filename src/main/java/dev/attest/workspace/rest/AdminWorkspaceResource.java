package dev.attest.workspace.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.attest.platform.problem.Problem;
import dev.attest.platform.problem.ResourceNotFoundException;
import dev.attest.workspace.mapping.WorkspaceMapper;
import dev.attest.workspace.service.WorkspaceService;

@Path("/api/v1/admin/workspaces")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin", description = "Operator endpoints, with the admin key from configuration")
@SecurityScheme(securitySchemeName = AdminWorkspaceResource.SCHEME, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The operator's admin key from configuration (attest.admin.key), sent as Authorization: Bearer <key>.")
@SecurityRequirement(name = AdminWorkspaceResource.SCHEME)
public class AdminWorkspaceResource {

    /** The OpenAPI name of the operator's admin key scheme. */
    public static final String SCHEME = "adminKey";

    @Inject
    WorkspaceService workspaces;

    @Inject
    WorkspaceMapper mapper;

    @POST
    @Operation(summary = "Create a workspace", description = "Creates a workspace (a consultancy, or one company "
            + "assessing itself) with a first key. The key is in this answer only: hand it to the workspace's owner.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WorkspaceRequest.class),
            examples = @ExampleObject(name = "consultancy", value = WorkspaceExamples.WORKSPACE_REQUEST)))
    @APIResponse(responseCode = "201", description = "The workspace and its first key", content = @Content(
            schema = @Schema(implementation = NewWorkspaceView.class),
            examples = @ExampleObject(name = "created", value = WorkspaceExamples.NEW_WORKSPACE)))
    @APIResponse(responseCode = "400", description = "Name missing or longer than 200 characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No admin key, or a wrong one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Admin endpoints are off (no admin key configured)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(WorkspaceRequest request) {
        return Response.status(Response.Status.CREATED).entity(mapper.view(workspaces.create(request))).build();
    }

    @POST
    @Path("/{id}/keys")
    @Operation(summary = "Issue a key for a workspace", description = "A further key for any workspace, e.g. when its "
            + "owner lost every key, or for the built-in self-service workspace "
            + "(`00000000-0000-0000-0000-000000000001`) to read the web form's assessments through the API.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = KeyRequest.class),
            examples = @ExampleObject(name = "with expiry", value = WorkspaceExamples.KEY_REQUEST)))
    @APIResponse(responseCode = "201", description = "The key, shown this once", content = @Content(
            schema = @Schema(implementation = CreatedKeyView.class),
            examples = @ExampleObject(name = "created", value = WorkspaceExamples.CREATED_KEY)))
    @APIResponse(responseCode = "400", description = "Name missing or too long, or an expiry not in the future",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "expiry in the past", value = WorkspaceExamples.INVALID_KEY_REQUEST_PROBLEM)))
    @APIResponse(responseCode = "401", description = "No admin key, or a wrong one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No workspace with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issueKey(@Parameter(description = "Workspace id") @PathParam("id") String id, KeyRequest request) {
        CreatedKeyView key = workspaces.issueKey(id, request).map(mapper::view)
                .orElseThrow(() -> new ResourceNotFoundException("workspace", id));
        return Response.status(Response.Status.CREATED).entity(key).build();
    }
}
