package dev.attest.workspace.service;

/** Who an accepted key speaks for: the workspace, the key's id and the prefix logs may show. */
public record Caller(String workspaceId, String keyId, String prefix) {
}
