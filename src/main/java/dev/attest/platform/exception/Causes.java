package dev.attest.platform.exception;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Looks for a failure's real reason under the layers that wrapped it. Causes and suppressed exceptions are both
 * followed: a commit that fails arrives as a RollbackException whose driver error is only attached as suppressed.
 */
public final class Causes {

    private Causes() {
    }

    /** Whether {@code failure}, or anything under it, passes {@code test}. */
    public static boolean anyIn(Throwable failure, Predicate<Throwable> test) {
        return anyIn(failure, test, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean anyIn(Throwable failure, Predicate<Throwable> test, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (test.test(failure) || anyIn(failure.getCause(), test, seen)) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (anyIn(suppressed, test, seen)) {
                return true;
            }
        }
        return false;
    }
}
