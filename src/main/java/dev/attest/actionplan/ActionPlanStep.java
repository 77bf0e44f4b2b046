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

    public static List<ActionPlanStep> ofAssessment(String assessmentId) {
        return list("assessmentId", assessmentId);
    }

    public static Optional<ActionPlanStep> find(String assessmentId, String checkId, int stepNumber) {
        return find("assessmentId = ?1 and checkId = ?2 and stepNumber = ?3", assessmentId, checkId, stepNumber)
                .firstResultOptional();
    }
}
