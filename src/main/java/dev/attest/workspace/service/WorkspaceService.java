package dev.attest.workspace.service;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.attest.platform.problem.FieldError;
import dev.attest.platform.problem.InvalidRequestException;
import dev.attest.workspace.CurrentWorkspace;
import dev.attest.workspace.Workspace;
import dev.attest.workspace.rest.KeyRequest;
import dev.attest.workspace.rest.WorkspaceRequest;

/** Workspaces: created by the operator with a first key, and read by their own keys. */
@ApplicationScoped
public class WorkspaceService {

    static final int MAX_NAME = 200;
    static final String FIRST_KEY_NAME = "first key";

    @Inject
    ApiKeyService keys;

    @Inject
    CurrentWorkspace current;

    @Inject
    Clock clock;

    /** A new workspace and its first key, which is shown this once. */
    @Transactional
    public NewWorkspace create(WorkspaceRequest request) {
        String name = request == null || request.name() == null ? "" : request.name().trim();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidRequestException(FieldError.body("/name", "required: 1 to " + MAX_NAME + " characters"));
        }
        Workspace workspace = new Workspace();
        workspace.id = UUID.randomUUID().toString();
        workspace.name = name;
        workspace.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        workspace.persist();
        return new NewWorkspace(workspace, keys.issue(workspace.id, new KeyRequest(FIRST_KEY_NAME, null)));
    }

    /**
     * A further key for any workspace, the self-service one included (the operator reads the web form's
     * assessments through the API with it). Empty when there is no such workspace.
     */
    @Transactional
    public Optional<IssuedKey> issueKey(String workspaceId, KeyRequest request) {
        return Workspace.<Workspace>findByIdOptional(workspaceId).map(workspace -> keys.issue(workspace.id, request));
    }

    /** The workspace the current key belongs to. */
    @Transactional
    public Workspace current() {
        return Workspace.findById(current.id());
    }
}
