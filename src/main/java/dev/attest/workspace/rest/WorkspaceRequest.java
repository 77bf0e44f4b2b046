package dev.attest.workspace.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new workspace: a consultancy, or one company assessing itself. */
@Schema(name = "WorkspaceRequest")
public record WorkspaceRequest(@Schema(required = true, maxLength = 200, examples = "Northwind Privacy Consulting") String name) {
}
