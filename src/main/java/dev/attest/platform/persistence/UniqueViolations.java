package dev.attest.platform.persistence;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.hibernate.exception.ConstraintViolationException;

/**
 * Recognises a failure caused by a unique constraint, however deeply the persistence layers wrapped it: a failed
 * commit carries the driver's error only as a suppressed exception, so causes and suppressed ones are both followed.
 */
public final class UniqueViolations {

    /** SQLState of a unique violation, the same on PostgreSQL and H2. */
    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolations() {
    }

    /** Whether the constraint named {@code constraint} (lower case, as the migrations name it) refused a row. */
    public static boolean of(Throwable failure, String constraint) {
        return anyIn(failure, cause -> {
            String name = cause instanceof ConstraintViolationException violation ? violation.getConstraintName() : null;
            return (name != null ? name : String.valueOf(cause.getMessage())).toLowerCase(Locale.ROOT).contains(constraint);
        }, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /** Whether any unique constraint refused a row. */
    public static boolean any(Throwable failure) {
        return anyIn(failure, cause -> cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()),
                Collections.newSetFromMap(new IdentityHashMap<>()));
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
