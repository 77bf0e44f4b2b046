package dev.attest.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/**
 * The re-assessment of one organisation for one due date, by the schedule or on a consultant's request. Its
 * unique (organisation, due date) is what makes each period's re-assessment happen once.
 */
@Entity
@Table(name = "scheduled_reassessment")
public class ScheduledReassessment extends PanacheEntityBase {

    /** The name of the constraint a second attempt for the same period runs into. */
    public static final String ONCE_CONSTRAINT = "scheduled_reassessment_once";

    @Id
    @Column(name = "id", nullable = false, length = 36)
    public String id;

    @Column(name = "workspace_id", nullable = false, length = 36)
    public String workspaceId;

    @Column(name = "organisation_id", nullable = false, length = 36)
    public String organisationId;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    /** {@code schedule} or {@code request}. */
    @Column(name = "trigger_kind", nullable = false, length = 16)
    public String trigger;

    @Column(name = "previous_assessment_id", nullable = false, length = 36)
    public String previousAssessmentId;

    @Column(name = "assessment_id", nullable = false, length = 36)
    public String assessmentId;

    @Column(name = "needs_review", nullable = false)
    public boolean needsReview;

    /** The drift since the previous assessment, as JSON ({@link Drift}). */
    @Column(name = "drift", nullable = false)
    public String drift;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<ScheduledReassessment> ofOrganisation(String workspaceId, String organisationId, Page page) {
        return find("workspaceId = ?1 and organisationId = ?2", Sort.descending("createdAt"), workspaceId, organisationId)
                .page(page).list();
    }

    public static long countOfOrganisation(String workspaceId, String organisationId) {
        return count("workspaceId = ?1 and organisationId = ?2", workspaceId, organisationId);
    }

    public static Optional<ScheduledReassessment> forPeriod(String organisationId, LocalDate dueOn) {
        return find("organisationId = ?1 and dueOn = ?2", organisationId, dueOn).firstResultOptional();
    }
}
