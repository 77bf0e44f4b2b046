package dev.attest.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organisation's remediation tasks: one per step of each failed finding of its latest assessment, most severe
 * finding first, and apart from them the tasks whose finding a later assessment no longer has.
 */
@Schema(name = "OrganisationActionPlan", description = "The organisation's open work from its latest assessment, and the tasks resolved since")
public record OrganisationActionPlan(
        String organisationId,
        @Schema(description = "The assessment the plan is built from; absent while the organisation has none") String latestAssessmentId,
        @Schema(description = "Its evaluation date") LocalDate evaluationDate,
        @Schema(description = "Tasks of the latest plan, before any filter") int total,
        @Schema(description = "Tasks of the latest plan per status, before any filter", examples = "{\"open\": 5, \"in_progress\": 1, \"done\": 1, \"risk_accepted\": 0}")
        Map<String, Integer> byStatus,
        @Schema(description = "The latest plan's tasks that match the filters, most severe finding first, then by step") List<Task> tasks,
        @Schema(description = "Tasks that match the filters whose finding the latest assessment no longer has, kept for history") List<Task> resolved) {

    public OrganisationActionPlan {
        byStatus = Map.copyOf(byStatus);
        tasks = List.copyOf(tasks);
        resolved = List.copyOf(resolved);
    }

    /** One remediation step of one finding as a task. */
    @Schema(name = "RemediationTask")
    public record Task(
            @Schema(examples = "GDPR-ART7-PRETICKED") String checkId,
            String title,
            @Schema(enumeration = {"critical", "high", "medium", "low"}) String severity,
            @Schema(examples = "GDPR Art. 7(1)") String citation,
            @Schema(description = "Counted from 1", examples = "1") int stepNumber,
            String text,
            @Schema(enumeration = {"open", "in_progress", "done", "risk_accepted"}) String status,
            @Schema(description = "Absent when nobody owns it") String owner,
            LocalDate dueDate,
            @Schema(description = "Why the risk is accepted; only with status risk_accepted") String riskReason,
            String notes,
            @Schema(description = "The organisation's first assessment that had the finding") String firstAssessmentId,
            @Schema(description = "The organisation's latest assessment that had the finding") String lastAssessmentId,
            @Schema(description = "true when the task is done but an assessment newer than the one it was marked done "
                    + "against still has the finding: the fix did not work") boolean findingStillPresent,
            @Schema(description = "Resolved tasks only: the first assessment without the finding") String resolvedByAssessmentId,
            @Schema(description = "Resolved tasks only: that assessment's evaluation date") LocalDate resolvedOn,
            @Schema(description = "Last change; absent for a task nobody has touched") Instant updatedAt,
            @Schema(description = "When it was marked done or risk_accepted") Instant closedAt) {
    }
}
