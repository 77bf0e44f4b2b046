package dev.attest.evaluation;

/**
 * A framework's score: {@code status} is {@code scored}, {@code not-applicable} (never 100) or
 * {@code not-assessed} (applies, but no check of it is relevant yet); {@code score} is null unless scored.
 */
public record FrameworkScore(
        String framework, String status, Integer score, Band band, int passedWeight, int applicableWeight,
        int passed, int failed, int unverified) {

    public static final String SCORED = "scored";
    public static final String NOT_APPLICABLE = "not-applicable";
    public static final String NOT_ASSESSED = "not-assessed";
}
