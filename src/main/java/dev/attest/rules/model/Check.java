package dev.attest.rules.model;

import java.util.List;

/**
 * A check's metadata, read from its DRL rule.
 *
 * @param inputs the questions the check reads; "don't know" on any of them leaves it unverified
 * @param verified false for requirements counsel has not confirmed: findings say so
 * @param hasScopeRules the check is relevant only when one of its scope rules fires
 */
public record Check(
        String id,
        String framework,
        Severity severity,
        String citation,
        List<String> inputs,
        boolean verified,
        String rule,
        String file,
        boolean hasScopeRules) {

    public Check {
        inputs = List.copyOf(inputs);
    }
}
