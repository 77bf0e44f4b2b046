package dev.attest.workspace;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An API key of a workspace, kept as its public id and the SHA-256 of the whole key; the key itself never is. */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {

    @Id
    @Column(name = "id", nullable = false, length = 36)
    public String id;

    @Column(name = "workspace_id", nullable = false, length = 36)
    public String workspaceId;

    /** The part of the key that logs and listings may show. */
    @Column(name = "public_id", nullable = false, length = 32, unique = true)
    public String publicId;

    /** SHA-256 (hex) of the whole key as sent. */
    @Column(name = "secret_hash", nullable = false, length = 64, unique = true)
    public String secretHash;

    @Column(name = "name", nullable = false, length = 100)
    public String name;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    public boolean isActive(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    public static Optional<ApiKey> findByPublicId(String publicId) {
        return find("publicId", publicId).firstResultOptional();
    }

    public static List<ApiKey> ofWorkspace(String workspaceId) {
        return list("workspaceId = ?1 order by createdAt, id", workspaceId);
    }

    public static Optional<ApiKey> findInWorkspace(String workspaceId, String id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResultOptional();
    }
}
