package dev.attest.diff.service;

import java.util.Objects;

import dev.attest.diff.Cause;

/**
 * Decides the cause of one change from four evaluations of a business: O (older answers, older rules), R (older
 * answers, newer rules), A (newer answers, older rules) and N (newer answers, newer rules). "Rules" means a rulebase
 * version together with the evaluation date, so a threshold that came into force between the two counts as rules.
 *
 * <table>
 * <caption>The decision; "R = N" reads "the newer rules alone give the newer value"</caption>
 * <tr><th>R</th><th>A</th><th>cause</th></tr>
 * <tr><td>not re-run (same rules, same date)</td><td>–</td><td>ANSWERS_CHANGED</td></tr>
 * <tr><td>R = O</td><td>A = N, or not available</td><td>ANSWERS_CHANGED</td></tr>
 * <tr><td>R = N</td><td>A = O, or not available</td><td>RULES_CHANGED</td></tr>
 * <tr><td colspan="2">anything else</td><td>BOTH</td></tr>
 * </table>
 *
 * "Anything else" covers three real situations: the change needed both (a threshold lowered and the business grew
 * past the new one but not the old one: R = O and A = O); each alone would have made it (R = N and A = N); or each
 * moved it one step (the new rules made the check relevant, the new answers made it fail: R is neither O nor N).
 * Using only R, the first of these would be blamed on the answers alone, which is why A is run as well.
 */
final class Attribution {

    private Attribution() {
    }

    /**
     * @param rulesOnly the value under R; null when there was no re-run
     * @param answersOnly the value under A; null when there was no re-run or the older rules could not be compiled
     * @param <T> what is compared: an outcome, a severity, whether a framework applies
     */
    static <T> Cause of(T older, Rerun<T> rulesOnly, Rerun<T> answersOnly, T newer) {
        if (rulesOnly == null) {
            return Cause.ANSWERS_CHANGED;
        }
        boolean rulesInert = Objects.equals(rulesOnly.value(), older);
        boolean rulesExplain = Objects.equals(rulesOnly.value(), newer);
        boolean answersInert = answersOnly == null || Objects.equals(answersOnly.value(), older);
        boolean answersExplain = answersOnly == null || Objects.equals(answersOnly.value(), newer);
        if (rulesInert && answersExplain) {
            return Cause.ANSWERS_CHANGED;
        }
        if (rulesExplain && answersInert) {
            return Cause.RULES_CHANGED;
        }
        return Cause.BOTH;
    }

    /** A value from a re-run; wrapped so that a re-run that gave null is told apart from no re-run. */
    record Rerun<T>(T value) {
    }
}
