package dev.attest.rules.model;

import java.util.List;

/** What a rulebase concluded about one business: applicability, every check's outcome, the clocks that apply. */
public record RuleVerdict(List<FrameworkApplicability> applicability, List<CheckResult> checks, List<DeadlineSet> deadlines) {

    public static final String DONT_KNOW = "dont_know";

    public RuleVerdict {
        applicability = List.copyOf(applicability);
        checks = List.copyOf(checks);
        deadlines = List.copyOf(deadlines);
    }
}
