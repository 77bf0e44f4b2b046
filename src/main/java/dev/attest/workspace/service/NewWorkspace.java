package dev.attest.workspace.service;

import dev.attest.workspace.Workspace;

/** A workspace just created with its first key. */
public record NewWorkspace(Workspace workspace, IssuedKey firstKey) {
}
