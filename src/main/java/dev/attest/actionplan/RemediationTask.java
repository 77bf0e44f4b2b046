package dev.attest.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One remediation step of an organisation's action plan as a consultant works on it. Its identity is (organisation,
 * check, step), so it carries over into every later assessment that fails the same check. Steps nobody has touched
 * have no row: they are open, with no owner.
 */
@Entity
@Table(name = "remediation_task")
public class RemediationTask extends PanacheEntityBase {

    /** One task per organisation, check and step: two first changes of a task at once meet here. */
    public static final String UNIQUE_CONSTRAINT = "remediation_task_unique";

    @Id
    @Column(name = "id", nullable = false, length = 36)
    public String id;

    /** The workspace that owns it; every read is scoped by it. */
    @Column(name = "workspace_id", nullable = false, length = 36)
    public String workspaceId;

    @Column(name = "organisation_id", nullable = false, length = 36)
    public String organisationId;

    @Column(name = "check_id", nullable = false, length = 128)
    public String checkId;

    /** Counted from 1, in the order of the finding's remediation steps. */
    @Column(name = "step_number", nullable = false)
    public int stepNumber;

    /** The code of a {@link TaskStatus}. */
    @Column(name = "status", nullable = false, length = 16)
    public String status;

    @Column(name = "owner", length = 200)
    public String owner;

    @Column(name = "due_date")
    public LocalDate dueDate;

    /** Set exactly when the status is {@code risk_accepted}. */
    @Column(name = "risk_reason")
    public String riskReason;

    @Column(name = "notes")
    public String notes;

    /** The organisation's first assessment that had the finding, as known when the task was created. */
    @Column(name = "first_assessment_id", length = 36)
    public String firstAssessmentId;

    /** The organisation's latest assessment when the status was last set. */
    @Column(name = "status_assessment_id", length = 36)
    public String statusAssessmentId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** When it became done or risk_accepted; null while open or in progress. */
    @Column(name = "closed_at")
    public Instant closedAt;

    public TaskStatus taskStatus() {
        return TaskStatus.fromCode(status).orElse(TaskStatus.OPEN);
    }

    /** The tasks of an organisation of {@code workspaceId}; none for another workspace's organisation. */
    public static List<RemediationTask> ofOrganisation(String workspaceId, String organisationId) {
        return list("workspaceId = ?1 and organisationId = ?2 order by checkId, stepNumber", workspaceId, organisationId);
    }

    public static Optional<RemediationTask> find(String workspaceId, String organisationId, String checkId, int stepNumber) {
        return find("workspaceId = ?1 and organisationId = ?2 and checkId = ?3 and stepNumber = ?4",
                workspaceId, organisationId, checkId, stepNumber).firstResultOptional();
    }
}
