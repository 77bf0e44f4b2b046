package dev.attest.platform.persistence;

import java.util.function.Supplier;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * For a change that creates its row on first use (find it, or insert it): two requests changing the same thing for
 * the first time at the same moment both find nothing and both insert, and the unique constraint refuses the second.
 * That request then runs once more in a new transaction, finds the row the first one stored and changes it, so both
 * succeed, as they would have one after the other.
 */
public final class FirstInsertRace {

    private FirstInsertRace() {
    }

    /** Runs {@code change} in a transaction of its own, and once more if {@code constraint} refused its insert. */
    public static <T> T retryOnce(String constraint, Supplier<T> change) {
        try {
            return QuarkusTransaction.requiringNew().call(change::get);
        } catch (RuntimeException e) {
            if (!UniqueViolations.of(e, constraint)) {
                throw e;
            }
        }
        return QuarkusTransaction.requiringNew().call(change::get);
    }
}
