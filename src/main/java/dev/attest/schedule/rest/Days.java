package dev.attest.schedule.rest;

import dev.attest.platform.problem.FieldError;
import dev.attest.platform.problem.InvalidRequestException;

/** The {@code within} query parameter: days ahead, 0 to 366, 30 when absent. */
final class Days {

    static final int DEFAULT = 30;
    static final int MAX = 366;

    private Days() {
    }

    static int parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        try {
            int days = Integer.parseInt(value.trim());
            if (days >= 0 && days <= MAX) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below like an out-of-range number
        }
        throw new InvalidRequestException(new FieldError("query", "within", "expected a whole number of days from 0 to " + MAX));
    }
}
