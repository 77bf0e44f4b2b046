package dev.attest.actionplan.mapping;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import dev.attest.actionplan.OrganisationActionPlan.Task;
import dev.attest.actionplan.RemediationTask;
import dev.attest.actionplan.TaskStatus;
import dev.attest.evaluation.rest.EvaluationView.FindingView;

/** A remediation step of a rendered finding, with the task row a consultant made of it (or none), as a task. */
@ApplicationScoped
public class TaskMapper {

    /** Where the task stands in the organisation's assessments. */
    public record Position(String firstAssessmentId, String lastAssessmentId, boolean findingStillPresent,
            String resolvedByAssessmentId, LocalDate resolvedOn) {
    }

    /**
     * {@code finding} may be null when no assessment that had the finding can be rendered any more; {@code row} is null
     * for a step nobody has touched, which is open with no owner.
     */
    public Task task(String checkId, int number, FindingView finding, RemediationTask row, Position position) {
        String text = finding == null || number > finding.remediation().size() ? null : finding.remediation().get(number - 1);
        return new Task(checkId,
                finding == null ? null : finding.title(),
                finding == null ? null : finding.severity(),
                finding == null ? null : finding.citation(),
                number, text,
                row == null ? TaskStatus.OPEN.code() : row.status,
                row == null ? null : row.owner,
                row == null ? null : row.dueDate,
                row == null ? null : row.riskReason,
                row == null ? null : row.notes,
                row != null && row.firstAssessmentId != null ? row.firstAssessmentId : position.firstAssessmentId(),
                position.lastAssessmentId(), position.findingStillPresent(), position.resolvedByAssessmentId(),
                position.resolvedOn(),
                row == null ? null : row.updatedAt,
                row == null ? null : row.closedAt);
    }
}
