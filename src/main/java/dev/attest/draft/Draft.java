package dev.attest.draft;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An assessment in progress: the answers saved so far. The web form's drafts are found by the hash of their resume
 * token; a consultant's drafts (API) belong to an organisation, have no token and are found by id in their workspace.
 */
@Entity
@Table(name = "draft")
public class Draft extends PanacheEntityBase {

    @Id
    @Column(name = "id", nullable = false, length = 36)
    public String id;

    /** The workspace that owns it; the web form's drafts belong to the self-service workspace. */
    @Column(name = "workspace_id", nullable = false, length = 36)
    public String workspaceId;

    /** The organisation a consultant's draft assesses; null on the web form's drafts. */
    @Column(name = "organisation_id", length = 36)
    public String organisationId;

    /** SHA-256 (hex) of the resume token; the token itself is never stored. Null on API drafts, which have none. */
    @Column(name = "resume_token_hash", length = 64, unique = true)
    public String resumeTokenHash;

    @Column(name = "questionnaire_id", nullable = false, length = 64)
    public String questionnaireId;

    /** The answers saved so far, as JSON keyed by question id (the shape of an evaluation request). */
    @Column(name = "answers", nullable = false)
    public String answers;

    @Column(name = "language", nullable = false, length = 8)
    public String language;

    @Column(name = "email", length = 320)
    public String email;

    @Column(name = "current_section", length = 64)
    public String currentSection;

    @Column(name = "submitted_assessment_id", length = 36)
    public String submittedAssessmentId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** A web-form draft, whatever its workspace, by its token's hash; API drafts have no token, so never match. */
    public static Optional<Draft> findByTokenHash(String hash) {
        return find("resumeTokenHash", hash).firstResultOptional();
    }

    /** A web-form draft of {@code workspaceId} by its token's hash; API drafts have no token, so never match. */
    public static Optional<Draft> findByTokenHash(String workspaceId, String hash) {
        return find("workspaceId = ?1 and resumeTokenHash = ?2", workspaceId, hash).firstResultOptional();
    }

    /**
     * A consultant's draft of {@code workspaceId}; another workspace's id, and a web-form draft's, are as absent as
     * one that never existed.
     */
    public static Optional<Draft> findOrganisationDraft(String workspaceId, String id) {
        return find("workspaceId = ?1 and id = ?2 and organisationId is not null and resumeTokenHash is null",
                workspaceId, id).firstResultOptional();
    }

    public boolean submitted() {
        return submittedAssessmentId != null;
    }
}
