package dev.attest.diff;

import java.util.List;

import dev.attest.rules.model.CheckOutcome;
import dev.attest.rules.model.Severity;

/**
 * One check that failed in at least one of two assessments.
 *
 * @param olderOutcome outcome in the older assessment ({@code NOT_APPLICABLE} when its rulebase had no such check)
 * @param rerunOutcome outcome of the older answers under the newer rules and date; null when no re-run was needed
 * @param cause why it is new or resolved, or why its severity changed; null for an unchanged finding
 * @param changedAnswers the changed answers the check reads, names as triggering, or its framework's applicability
 *        rests on
 * @param rules the two rulebase versions and dates, when the cause involves the rules
 */
public record FindingChange(
        String check,
        String framework,
        CheckOutcome olderOutcome,
        Severity olderSeverity,
        CheckOutcome newerOutcome,
        Severity newerSeverity,
        CheckOutcome rerunOutcome,
        Cause cause,
        List<ChangedAnswer> changedAnswers,
        RulesChange rules) {

    public FindingChange {
        changedAnswers = List.copyOf(changedAnswers);
    }
}
