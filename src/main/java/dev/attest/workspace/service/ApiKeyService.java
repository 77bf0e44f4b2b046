package dev.attest.workspace.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.attest.platform.problem.FieldError;
import dev.attest.platform.problem.InvalidRequestException;
import dev.attest.workspace.ApiKey;
import dev.attest.workspace.CurrentWorkspace;
import dev.attest.workspace.rest.KeyRequest;

/**
 * API keys: issued with a name and an optional expiry, listed and revoked within the caller's own workspace, and
 * checked on every request. Only a key's public prefix is ever logged.
 */
@ApplicationScoped
public class ApiKeyService {

    private static final Logger LOG = Logger.getLogger(ApiKeyService.class);
    static final int MAX_NAME = 100;
    /** Recording every use would turn each read into a write; once a minute is enough to tell keys in use. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    @Inject
    CurrentWorkspace current;

    @Inject
    Clock clock;

    /** The current workspace's keys, revoked and expired ones included, oldest first. */
    @Transactional
    public List<ApiKey> list() {
        return ApiKey.ofWorkspace(current.id());
    }

    /** A new key for the current workspace. */
    @Transactional
    public IssuedKey create(KeyRequest request) {
        return issue(current.id(), request);
    }

    /** A new key for {@code workspaceId}; callers check the workspace exists and may be given keys. */
    @Transactional
    public IssuedKey issue(String workspaceId, KeyRequest request) {
        validate(request);
        ApiKeySecrets.Generated generated = ApiKeySecrets.generate();
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID().toString();
        key.workspaceId = workspaceId;
        key.publicId = generated.publicId();
        key.secretHash = ApiKeySecrets.hash(generated.key());
        key.name = request.name().trim();
        key.createdAt = now();
        key.expiresAt = request.expiresAt() == null ? null : request.expiresAt().truncatedTo(ChronoUnit.MICROS);
        key.persist();
        LOG.infof("Issued API key %s", ApiKeySecrets.prefix(key.publicId));
        return new IssuedKey(key, generated.key());
    }

    /**
     * Revokes a key of the current workspace; revoking it again changes nothing. Empty when the workspace has no
     * such key, whether it does not exist or belongs to another workspace.
     */
    @Transactional
    public Optional<ApiKey> revoke(String id) {
        Optional<ApiKey> found = ApiKey.findInWorkspace(current.id(), id);
        found.filter(key -> key.revokedAt == null).ifPresent(key -> {
            key.revokedAt = now();
            LOG.infof("Revoked API key %s", ApiKeySecrets.prefix(key.publicId));
        });
        return found;
    }

    /**
     * The caller a presented key speaks for. Unknown, revoked, expired and malformed keys are all simply refused;
     * why is logged with the public prefix alone.
     */
    @Transactional
    public Optional<Caller> authenticate(String presented) {
        Optional<String> publicId = ApiKeySecrets.publicId(presented);
        if (publicId.isEmpty()) {
            LOG.info("Refused a malformed API key");
            return Optional.empty();
        }
        String prefix = ApiKeySecrets.prefix(publicId.get());
        Optional<ApiKey> found = ApiKey.findByPublicId(publicId.get())
                .filter(key -> ApiKeySecrets.sameHash(key.secretHash, ApiKeySecrets.hash(presented)));
        if (found.isEmpty()) {
            LOG.infof("Refused API key %s: unknown", prefix);
            return Optional.empty();
        }
        ApiKey key = found.get();
        Instant now = now();
        if (!key.isActive(now)) {
            LOG.infof("Refused API key %s: %s", prefix, key.revokedAt != null ? "revoked" : "expired");
            return Optional.empty();
        }
        if (key.lastUsedAt == null || key.lastUsedAt.isBefore(now.minus(LAST_USED_PRECISION))) {
            key.lastUsedAt = now;
        }
        return Optional.of(new Caller(key.workspaceId, key.id, prefix));
    }

    private void validate(KeyRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null || request.name() == null || request.name().isBlank()) {
            errors.add(FieldError.body("/name", "required: a name to tell the key apart"));
        } else if (request.name().trim().length() > MAX_NAME) {
            errors.add(FieldError.body("/name", "at most " + MAX_NAME + " characters"));
        }
        if (request != null && request.expiresAt() != null && !request.expiresAt().isAfter(clock.instant())) {
            errors.add(FieldError.body("/expiresAt", "must be in the future"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
