package dev.attest.schedule;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.attest.diff.AssessmentDiff;
import dev.attest.diff.FindingChange;
import dev.attest.diff.RulebaseChanges;

/**
 * What changed between an organisation's previous assessment and its re-assessment, in short: the full account,
 * finding by finding, is the diff of the two assessments.
 *
 * @param rulesChanged whether another rulebase version, or parameters in force on another date, judged the answers
 * @param changedParameters the names of {@code parameterChanges}, kept for readers of the first drift records
 * @param parameterChanges thresholds and dates in force that differ, each with the date its new value took effect
 * @param rulebaseChanges checks the rulebase added, removed or changed since the previous assessment's, whether or not
 *        they moved a finding of this organisation
 */
@Schema(name = "Drift", description = "What moved since the previous assessment, and why")
public record Drift(
        boolean rulesChanged,
        String previousRulebaseVersion,
        String rulebaseVersion,
        Integer previousScore,
        Integer score,
        @Schema(description = "Failing now, not before") List<Change> newFindings,
        @Schema(description = "Failed before, not now") List<Change> resolvedFindings,
        @Schema(description = "Failing in both at another severity") List<Change> severityChanges,
        @Schema(description = "Failing in both as before") int unchangedFindings,
        @Schema(description = "Names of the thresholds and dates in force that differ") List<String> changedParameters,
        @Schema(description = "Thresholds and dates in force that differ, with the date each new value took effect")
        List<AssessmentDiff.ParameterChange> parameterChanges,
        @Schema(description = "Checks added, removed or changed in the rulebase since the previous assessment")
        RulebaseChanges rulebaseChanges) {

    public Drift {
        // Drift records written before the rulebase comparison existed lack the last two.
        parameterChanges = parameterChanges == null ? List.of() : List.copyOf(parameterChanges);
        rulebaseChanges = rulebaseChanges == null ? RulebaseChanges.NONE : rulebaseChanges;
    }

    /** One check whose outcome moved, and the cause: rules-changed, answers-changed or both. */
    @Schema(name = "DriftChange")
    public record Change(String check, String framework, String cause) {

        static Change of(FindingChange change) {
            return new Change(change.check(), change.framework(), change.cause() == null ? null : change.cause().code());
        }
    }

    public static Drift of(AssessmentDiff diff) {
        return new Drift(diff.rerun(), diff.older().rulebaseVersion(), diff.newer().rulebaseVersion(),
                diff.overall().older(), diff.overall().newer(),
                diff.newFindings().stream().map(Change::of).toList(),
                diff.resolved().stream().map(Change::of).toList(),
                diff.severityChanges().stream().map(Change::of).toList(),
                diff.unchanged().size(),
                diff.changedParameters().stream().map(AssessmentDiff.ParameterChange::name).toList(),
                diff.changedParameters(), diff.rulebaseChanges());
    }

    /** Whether anything moved at all. */
    @JsonIgnore
    public boolean isEmpty() {
        return newFindings.isEmpty() && resolvedFindings.isEmpty() && severityChanges.isEmpty()
                && changedParameters.isEmpty() && rulebaseChanges.isEmpty();
    }
}
