package dev.attest.rules.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a check landed for one business. */
public enum CheckOutcome {
    /** The answers show the gap: a finding. */
    FAILED,
    /** Relevant, but an answer it needs is "don't know" or missing: not passed, a verification task. */
    UNVERIFIED,
    /** Relevant, every input known, no gap. */
    PASSED,
    /** Its framework does not apply, or it is not relevant to this business. */
    NOT_APPLICABLE;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<CheckOutcome> fromCode(String code) {
        return Arrays.stream(values()).filter(outcome -> outcome.code().equals(code)).findFirst();
    }
}
