package dev.attest.diff;

import java.util.Locale;

/**
 * Why a finding (or an applicability, or a severity) differs between two assessments of one business.
 * {@code DiffService} explains how each is decided.
 */
public enum Cause {
    /** The business answered differently; the rules would have judged the older answers as before. */
    ANSWERS_CHANGED,
    /** The rules changed (another rulebase version, or a threshold or deadline that came into force): they alone
     * turn the older answers into the newer outcome, and the changed answers alone would not have moved it. */
    RULES_CHANGED,
    /** Neither change alone explains it: it needed both, or each alone would have done it, or each moved it a step. */
    BOTH;

    /** As the API writes it: {@code answers-changed}, {@code rules-changed}, {@code both}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
