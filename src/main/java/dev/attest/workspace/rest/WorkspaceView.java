package dev.attest.workspace.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Workspace", description = "A consultancy, or one company assessing itself")
public record WorkspaceView(
        @Schema(examples = "5f0c2a8e-3b1d-4c6a-9e2f-7d8b1a4c0e53") String id,
        @Schema(examples = "Northwind Privacy Consulting") String name,
        Instant createdAt) {
}
