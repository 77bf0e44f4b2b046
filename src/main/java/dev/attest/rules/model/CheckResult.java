package dev.attest.rules.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One check's outcome for one business, language-neutral: texts are added when it is read. Empty lists are left
 * out of the stored JSON and read back as empty: most of a result's checks have neither, and a scheduled run writes
 * and reads 100,000 results.
 *
 * @param citation and {@code verified} as the rulebase that judged it declared them
 * @param severity the check's severity, raised where a rule raised it
 * @param triggeredBy the answers behind a finding
 * @param openAnswers the "don't know" or missing answers that leave the check unverified
 */
public record CheckResult(
        String check, String framework, String citation, boolean verified, CheckOutcome outcome, Severity severity,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<AnswerRef> triggeredBy,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<AnswerRef> openAnswers) {

    public CheckResult {
        triggeredBy = triggeredBy == null ? List.of() : List.copyOf(triggeredBy);
        openAnswers = openAnswers == null ? List.of() : List.copyOf(openAnswers);
    }
}
