package dev.attest.draft;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A self-assessment in progress: the answers saved so far, found again by the hash of its resume token. */
@Entity
@Table(name = "draft")
public class Draft extends PanacheEntityBase {

    @Id
    @Column(name = "id", nullable = false, length = 36)
    public String id;

    /** SHA-256 (hex) of the resume token; the token itself is never stored. */
    @Column(name = "resume_token_hash", nullable = false, length = 64, unique = true)
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

    public static Optional<Draft> findByTokenHash(String hash) {
        return find("resumeTokenHash", hash).firstResultOptional();
    }
}
