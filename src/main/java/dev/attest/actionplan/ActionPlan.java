package dev.attest.actionplan;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An assessment's findings as a checklist to work through, with the steps the owner has ticked off. */
@Schema(name = "ActionPlan", description = "Findings most severe first, each with its remediation steps and which are done")
public record ActionPlan(
        @Schema(description = "Steps done over all findings") int done,
        @Schema(description = "Steps over all findings") int total,
        List<Finding> findings) {

    @Schema(name = "ActionPlanFinding")
    public record Finding(@Schema(examples = "GDPR-ART7-PRETICKED") String checkId, String title,
            @Schema(enumeration = {"critical", "high", "medium", "low"}) String severity,
            @Schema(examples = "GDPR Art. 7(1)") String citation, int done, int total, List<Step> steps) {
    }

    @Schema(name = "ActionPlanStep")
    public record Step(@Schema(description = "Counted from 1", examples = "1") int number, String text, boolean done,
            @Schema(description = "When it was ticked; absent when not done") Instant doneAt) {
    }
}
