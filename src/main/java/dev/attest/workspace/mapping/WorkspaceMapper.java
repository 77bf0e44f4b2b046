package dev.attest.workspace.mapping;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.attest.workspace.ApiKey;
import dev.attest.workspace.Workspace;
import dev.attest.workspace.rest.CreatedKeyView;
import dev.attest.workspace.rest.KeyView;
import dev.attest.workspace.rest.NewWorkspaceView;
import dev.attest.workspace.rest.WorkspaceView;
import dev.attest.workspace.service.ApiKeySecrets;
import dev.attest.workspace.service.IssuedKey;
import dev.attest.workspace.service.NewWorkspace;

/** Workspaces and keys as the API shows them; a stored key never carries more than its prefix. */
@ApplicationScoped
public class WorkspaceMapper {

    @Inject
    Clock clock;

    public WorkspaceView view(Workspace workspace) {
        return new WorkspaceView(workspace.id, workspace.name, workspace.createdAt);
    }

    public KeyView view(ApiKey key) {
        String status = key.revokedAt != null ? "revoked" : key.isActive(clock.instant()) ? "active" : "expired";
        return new KeyView(key.id, key.name, ApiKeySecrets.prefix(key.publicId), status, key.createdAt, key.expiresAt,
                key.revokedAt, key.lastUsedAt);
    }

    public CreatedKeyView view(IssuedKey issued) {
        ApiKey key = issued.stored();
        return new CreatedKeyView(key.id, key.name, ApiKeySecrets.prefix(key.publicId), key.createdAt, key.expiresAt,
                issued.key());
    }

    public NewWorkspaceView view(NewWorkspace created) {
        return new NewWorkspaceView(view(created.workspace()), view(created.firstKey()));
    }
}
