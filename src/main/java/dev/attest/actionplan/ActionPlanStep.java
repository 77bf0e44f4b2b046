package dev.attest.actionplan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One remediation step of an assessment's finding as the owner ticked it; a step without a row is not done. */
@Entity
@Table(name = "action_plan_step")
public class ActionPlanStep extends PanacheEntityBase {

    /** One row per assessment, check and step: two first ticks of a step at once meet here. */
    public static final String UNIQUE_CONSTRAINT = "action_plan_step_unique";

    /** Steps have no workspace of their own: they belong to their assessment's. */
    private static final String IN_WORKSPACE = "assessmentId in (select a.id from Assessment a where a.workspaceId = ?2)";

    @Id
    @Column(name = "id", nullable = false, length = 36)
    public String id;

    @Column(name = "assessment_id", nullable = false, length = 36)
    public String assessmentId;

    @Column(name = "check_id", nullable = false, length = 128)
    public String checkId;

    /** Counted from 1, in the order of the finding's remediation steps. */
    @Column(name = "step_number", nullable = false)
    public int stepNumber;

    @Column(name = "done", nullable = false)
    public boolean done;

    @Column(name = "done_at")
    public Instant doneAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The steps of an assessment of {@code workspaceId}; none for another workspace's assessment. */
    public static List<ActionPlanStep> ofAssessment(String workspaceId, String assessmentId) {
        return list("assessmentId = ?1 and " + IN_WORKSPACE, assessmentId, workspaceId);
    }

    public static Optional<ActionPlanStep> find(String workspaceId, String assessmentId, String checkId, int stepNumber) {
        return find("assessmentId = ?1 and " + IN_WORKSPACE + " and checkId = ?3 and stepNumber = ?4",
                assessmentId, workspaceId, checkId, stepNumber).firstResultOptional();
    }

}
