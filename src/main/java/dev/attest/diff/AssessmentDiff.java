package dev.attest.diff;

import java.time.LocalDate;
import java.util.List;

/**
 * What changed from an older assessment of a business to a newer one, and why; language-neutral.
 *
 * @param rerun whether the older answers were re-run under the newer rules (not needed when both assessments were
 *        judged by the same rulebase version on the same date)
 * @param newFindings failing now, not before; {@code resolved} failed before, not now; {@code unchanged} failing in
 *        both; {@code severityChanges} failing in both at a different severity
 * @param changedParameters thresholds and dates in force for the older assessment and for the newer one that differ
 * @param rulebaseChanges checks added, removed or changed between the two rulebase versions, whether or not they moved
 *        a finding of this business; empty when one version judged both
 * @param changedAnswers every answer that differs, relevant to a finding or not
 */
public record AssessmentDiff(
        Side older,
        Side newer,
        boolean rerun,
        ScoreChange overall,
        List<FrameworkScoreChange> frameworks,
        List<ApplicabilityChange> applicability,
        List<FindingChange> newFindings,
        List<FindingChange> resolved,
        List<FindingChange> unchanged,
        List<FindingChange> severityChanges,
        List<ParameterChange> changedParameters,
        RulebaseChanges rulebaseChanges,
        List<ChangedAnswer> changedAnswers) {

    public AssessmentDiff {
        frameworks = List.copyOf(frameworks);
        applicability = List.copyOf(applicability);
        newFindings = List.copyOf(newFindings);
        resolved = List.copyOf(resolved);
        unchanged = List.copyOf(unchanged);
        severityChanges = List.copyOf(severityChanges);
        changedParameters = List.copyOf(changedParameters);
        rulebaseChanges = rulebaseChanges == null ? RulebaseChanges.NONE : rulebaseChanges;
        changedAnswers = List.copyOf(changedAnswers);
    }

    /** One of the two assessments. */
    public record Side(String id, LocalDate evaluationDate, String rulebaseVersion, String questionnaireId,
            String questionnaireVersion) {
    }

    /** A score before and after; {@code change} is null when either is null (nothing scored). */
    public record ScoreChange(Integer older, String olderBand, Integer newer, String newerBand, Integer change) {

        public static ScoreChange of(Integer older, String olderBand, Integer newer, String newerBand) {
            return new ScoreChange(older, olderBand, newer, newerBand,
                    older == null || newer == null ? null : newer - older);
        }
    }

    /** One framework's score before and after, with its status ({@code scored}, {@code not-applicable}, …). */
    public record FrameworkScoreChange(String framework, String olderStatus, String newerStatus, ScoreChange score) {
    }

    /** A framework that applies in one assessment and not in the other. */
    public record ApplicabilityChange(String framework, boolean olderApplies, boolean newerApplies, Boolean rerunApplies,
            Cause cause, List<ChangedAnswer> changedAnswers) {

        public ApplicabilityChange {
            changedAnswers = List.copyOf(changedAnswers);
        }
    }

    /**
     * A parameter whose value in force differs: {@code null} where it had none.
     *
     * @param effectiveFrom since when the newer value is in force (null when the newer side has none): a threshold
     *        that changed with the law shows the date it took effect
     */
    public record ParameterChange(String name, Object older, Object newer, LocalDate effectiveFrom) {
    }
}
