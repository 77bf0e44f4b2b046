package dev.attest.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/** A stored assessment: the answers as submitted and the language-neutral result, as JSON. */
@Entity
@Table(name = "assessment")
public class Assessment extends PanacheEntityBase {

    @Id
    @Column(name = "id", nullable = false, length = 36)
    public String id;

    /** The workspace that owns it; every read is scoped by it. */
    @Column(name = "workspace_id", nullable = false, length = 36)
    public String workspaceId;

    /** The client organisation assessed; null for the web form's assessments and those stored without one. */
    @Column(name = "organisation_id", length = 36)
    public String organisationId;

    /** The frameworks that apply, copied from the result so listings can filter on them. */
    @ElementCollection
    @CollectionTable(name = "assessment_framework", joinColumns = @JoinColumn(name = "assessment_id"))
    @Column(name = "framework", nullable = false, length = 64)
    public Set<String> frameworks = new HashSet<>();

    @Column(name = "questionnaire_id", nullable = false, length = 64)
    public String questionnaireId;

    @Column(name = "questionnaire_version", nullable = false, length = 80)
    public String questionnaireVersion;

    @Column(name = "rulebase_version", nullable = false, length = 80)
    public String rulebaseVersion;

    @Column(name = "texts_version", nullable = false, length = 80)
    public String textsVersion;

    @Column(name = "evaluation_date", nullable = false)
    public LocalDate evaluationDate;

    @Column(name = "answers", nullable = false)
    public String answers;

    @Column(name = "result", nullable = false)
    public String result;

    @Column(name = "overall_score")
    public Integer overallScore;

    @Column(name = "band", nullable = false, length = 16)
    public String band;

    @Column(name = "previous_assessment_id", length = 36)
    public String previousAssessmentId;

    @Column(name = "needs_review", nullable = false)
    public boolean needsReview;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** An organisation's latest assessment: the latest evaluation date, then the latest stored. */
    public static Optional<Assessment> latestOfOrganisation(String workspaceId, String organisationId) {
        return find("workspaceId = ?1 and organisationId = ?2", Sort.descending("evaluationDate", "createdAt"),
                workspaceId, organisationId).firstResultOptional();
    }

    /** An assessment of {@code workspaceId}; another workspace's id is as absent as one that never existed. */
    public static Optional<Assessment> findInWorkspace(String workspaceId, String id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResultOptional();
    }
}
