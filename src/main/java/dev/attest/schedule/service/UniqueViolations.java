package dev.attest.schedule.service;

import java.util.Locale;

import org.hibernate.exception.ConstraintViolationException;

/** Recognises a failure caused by one named unique constraint, however deeply the persistence layers wrapped it. */
final class UniqueViolations {

    private UniqueViolations() {
    }

    static boolean of(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String name = cause instanceof ConstraintViolationException violation ? violation.getConstraintName() : null;
            String text = (name != null ? name : String.valueOf(cause.getMessage())).toLowerCase(Locale.ROOT);
            if (text.contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
