package dev.attest.rules.model;

import java.util.List;

/** What a rulebase concluded about one business: applicability per framework and every check's outcome. */
public record RuleVerdict(List<FrameworkApplicability> applicability, List<CheckResult> checks) {

    public static final String DONT_KNOW = "dont_know";

    public RuleVerdict {
        applicability = List.copyOf(applicability);
        checks = List.copyOf(checks);
    }
}
