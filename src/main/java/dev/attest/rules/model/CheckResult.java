package dev.attest.rules.model;

import java.util.List;

/**
 * One check's outcome for one business, language-neutral: texts are added when it is read.
 *
 * @param citation and {@code verified} as the rulebase that judged it declared them
 * @param severity the check's severity, raised where a rule raised it
 * @param triggeredBy the answers behind a finding
 * @param openAnswers the "don't know" or missing answers that leave the check unverified
 */
public record CheckResult(
        String check, String framework, String citation, boolean verified, CheckOutcome outcome, Severity severity,
        List<AnswerRef> triggeredBy, List<AnswerRef> openAnswers) {

    public CheckResult {
        triggeredBy = List.copyOf(triggeredBy);
        openAnswers = List.copyOf(openAnswers);
    }
}
