package dev.attest.questionnaire;

/** How strictly answers are checked against a questionnaire. */
public enum ValidationMode {
    /** A new submission: required questions must be answered; any bad answer refuses the whole submission. */
    SUBMISSION,
    /** A rule case, which names only the answers that matter to it: bad answers refuse it, missing ones do not. */
    RULE_CASE,
    /**
     * Stored answers re-run against today's questionnaire: answers to questions that no longer exist, or that no
     * longer fit, are set aside as stale instead of refusing the run, and the result needs review.
     */
    RERUN
}
