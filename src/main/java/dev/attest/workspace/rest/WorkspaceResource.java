package dev.attest.workspace.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.attest.platform.problem.Problem;
import dev.attest.workspace.mapping.WorkspaceMapper;
import dev.attest.workspace.service.WorkspaceService;

@Path("/api/v1/workspace")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Keys")
@SecurityRequirement(name = KeyResource.SCHEME)
public class WorkspaceResource {

    @Inject
    WorkspaceService workspaces;

    @Inject
    WorkspaceMapper mapper;

    @GET
    @Operation(summary = "Who am I", description = "The workspace the key belongs to.")
    @APIResponse(responseCode = "200", description = "The caller's workspace", content = @Content(
            schema = @Schema(implementation = WorkspaceView.class),
            examples = @ExampleObject(name = "workspace", value = WorkspaceExamples.WORKSPACE)))
    public WorkspaceView get() {
        return mapper.view(workspaces.current());
    }
}
