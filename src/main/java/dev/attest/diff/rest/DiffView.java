package dev.attest.diff.rest;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.attest.diff.AssessmentDiff.ParameterChange;
import dev.attest.diff.AssessmentDiff.ScoreChange;
import dev.attest.diff.RulesChange;

/** A diff between two assessments with its texts in one language. Codes are lower case, as in a result. */
@Schema(name = "AssessmentDiff")
public record DiffView(
        @Schema(description = "Language of the texts", examples = "en") String language,
        SideView older,
        SideView newer,
        @Schema(description = "Whether each side's answers were re-run under the other side's rules to find the causes "
                + "(not needed when one rulebase version judged both on the same date)") boolean rerun,
        @Schema(description = "Overall score before and after") ScoreChange overall,
        List<FrameworkScoreView> frameworks,
        @Schema(description = "Frameworks that apply on one side only") List<ApplicabilityView> applicability,
        @Schema(description = "Failing now, not before") List<FindingView> newFindings,
        @Schema(description = "Failed before, not now") List<FindingView> resolved,
        @Schema(description = "Failing on both sides") List<FindingView> unchanged,
        @Schema(description = "Failing on both sides at a different severity") List<FindingView> severityChanges,
        @Schema(description = "Thresholds and dates in force on each side (its rulebase, its date) that differ")
        List<ParameterChange> changedParameters,
        @Schema(description = "Checks added, removed or changed between the two rulebase versions, whether or not "
                + "they moved a finding; empty lists when one version judged both") RulebaseChangesView rulebaseChanges,
        @Schema(description = "Every answer that differs") List<ChangedAnswerView> changedAnswers) {

    @Schema(name = "AssessmentDiffRulebaseChanges")
    public record RulebaseChangesView(
            @Schema(description = "Checks only the newer rulebase has") List<CheckChangeView> added,
            @Schema(description = "Checks only the older rulebase had") List<CheckChangeView> removed,
            @Schema(description = "Checks in both that differ") List<CheckChangeView> changed) {
    }

    @Schema(name = "AssessmentDiffCheckChange")
    public record CheckChangeView(
            String checkId,
            String framework,
            String title,
            @Schema(examples = "GDPR Art. 12(3)") String citation,
            String severity,
            @Schema(description = "The severity before, when it changed") String olderSeverity,
            @Schema(description = "The citation before, when it changed") String olderCitation,
            @Schema(description = "What differs about a changed check",
                    enumeration = {"severity", "citation", "inputs", "verification", "logic"}) List<String> changes) {
    }

    @Schema(name = "AssessmentDiffSide")
    public record SideView(String id, LocalDate evaluationDate, String rulebaseVersion, String questionnaireId,
            String questionnaireVersion) {
    }

    @Schema(name = "AssessmentDiffFrameworkScore")
    public record FrameworkScoreView(String framework, String name, String olderStatus, String newerStatus,
            ScoreChange score) {
    }

    @Schema(name = "AssessmentDiffApplicability")
    public record ApplicabilityView(String framework, String name, boolean olderApplies, boolean newerApplies,
            @Schema(description = "Whether it applies to the older answers under the newer rules; null without a re-run")
            Boolean rerunApplies,
            @Schema(enumeration = {"answers-changed", "rules-changed", "both"}) String cause,
            String causeText,
            List<ChangedAnswerView> changedAnswers) {
    }

    @Schema(name = "AssessmentDiffFinding")
    public record FindingView(
            String checkId,
            String framework,
            String title,
            @Schema(description = "failed, unverified, passed or not-applicable") String olderOutcome,
            String olderSeverity,
            String newerOutcome,
            String newerSeverity,
            @Schema(description = "Outcome of the older answers under the newer rules and date; null without a re-run")
            String rerunOutcome,
            @Schema(description = "Why it is new, resolved or of another severity; null for an unchanged finding",
                    enumeration = {"answers-changed", "rules-changed", "both"}) String cause,
            String causeText,
            @Schema(description = "Changed answers the check reads, names, or its framework's applicability rests on")
            List<ChangedAnswerView> changedAnswers,
            @Schema(description = "Both rulebase versions and dates, when the cause involves the rules") RulesChange rules) {
    }

    @Schema(name = "AssessmentDiffAnswer")
    public record ChangedAnswerView(
            @Schema(examples = "/purposes/2/retention_months") String pointer,
            @Schema(examples = "purposes.retention_months") String question,
            @Schema(description = "The question's label") String label,
            @Schema(description = "Null when it was not answered") JsonNode older,
            @Schema(description = "Null when it is not answered now") JsonNode newer) {
    }
}
