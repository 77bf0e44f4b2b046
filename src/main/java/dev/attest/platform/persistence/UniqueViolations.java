package dev.attest.platform.persistence;

import java.sql.SQLException;
import java.util.Locale;

import org.hibernate.exception.ConstraintViolationException;

import dev.attest.platform.exception.Causes;

/** Recognises a failure caused by a unique constraint, however deeply the persistence layers wrapped it. */
public final class UniqueViolations {

    /** SQLState of a unique violation, the same on PostgreSQL and H2. */
    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolations() {
    }

    /** Whether the constraint named {@code constraint} (lower case, as the migrations name it) refused a row. */
    public static boolean of(Throwable failure, String constraint) {
        return Causes.anyIn(failure, cause -> {
            String name = cause instanceof ConstraintViolationException violation ? violation.getConstraintName() : null;
            return (name != null ? name : String.valueOf(cause.getMessage())).toLowerCase(Locale.ROOT).contains(constraint);
        });
    }

    /** Whether any unique constraint refused a row. */
    public static boolean any(Throwable failure) {
        return Causes.anyIn(failure, cause -> cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()));
    }
}
