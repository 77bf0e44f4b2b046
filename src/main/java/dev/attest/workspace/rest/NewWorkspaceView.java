package dev.attest.workspace.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewWorkspace", description = "A workspace just created, with its first key")
public record NewWorkspaceView(WorkspaceView workspace, CreatedKeyView key) {
}
