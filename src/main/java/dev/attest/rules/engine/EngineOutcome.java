package dev.attest.rules.engine;

import java.util.List;
import java.util.Set;

import dev.attest.rules.fact.ApplicabilityReason;
import dev.attest.rules.fact.Deadline;
import dev.attest.rules.fact.InScope;
import dev.attest.rules.fact.Violation;

/** What the rules concluded from one set of answers, before outcomes and scores are worked out. */
public record EngineOutcome(
        List<ApplicabilityReason> reasons,
        Set<String> frameworksApplying,
        List<Violation> violations,
        List<InScope> scopes,
        List<Deadline> deadlines,
        int firedRules) {

    public EngineOutcome {
        reasons = List.copyOf(reasons);
        frameworksApplying = Set.copyOf(frameworksApplying);
        violations = List.copyOf(violations);
        scopes = List.copyOf(scopes);
        deadlines = List.copyOf(deadlines);
    }
}
