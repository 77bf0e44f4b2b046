package dev.attest.workspace;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

/**
 * The workspace a request acts for, set once by the authentication filter: the key's workspace on the API, the
 * self-service workspace on the web form. Services scope every query of stored data by it, so isolation does not
 * depend on each resource remembering to check.
 */
@RequestScoped
public class CurrentWorkspace {

    private String workspaceId;
    private String keyId;
    private String keyPrefix;

    /** The request was authenticated with a key of {@code workspaceId}; {@code keyPrefix} is its public part. */
    public void authenticated(String workspaceId, String keyId, String keyPrefix) {
        this.workspaceId = workspaceId;
        this.keyId = keyId;
        this.keyPrefix = keyPrefix;
    }

    /** Background work (the re-assessment schedule) acting for one workspace at a time, with no key. */
    public void actingFor(String workspaceId) {
        this.workspaceId = workspaceId;
        this.keyId = null;
    }

    /** The request comes from the web form, which has no key. */
    public void selfService() {
        this.workspaceId = Workspace.SELF_SERVICE_ID;
        this.keyId = null;
        this.keyPrefix = null;
    }

    /**
     * The workspace's id. A request that reaches stored data without one is a programming error, so it fails
     * rather than falling back to some workspace.
     */
    public String id() {
        if (workspaceId == null) {
            throw new IllegalStateException("No workspace was established for this request");
        }
        return workspaceId;
    }

    /** The key the request was authenticated with; empty on the web form. */
    public Optional<String> keyId() {
        return Optional.ofNullable(keyId);
    }

    /** The public prefix of the request's key ({@code atk_<public id>}), which logs and records may show; empty on the web form. */
    public Optional<String> keyPrefix() {
        return Optional.ofNullable(keyPrefix);
    }
}
