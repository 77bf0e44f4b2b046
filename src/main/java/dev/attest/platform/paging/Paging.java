package dev.attest.platform.paging;

import dev.attest.platform.problem.FieldError;
import dev.attest.platform.problem.InvalidRequestException;

/**
 * Which page of a listing to return: {@code page} counts from 0, {@code size} is 1 to {@value #MAX_SIZE}.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** From the {@code page} and {@code size} query parameters; a bad value is a 400 naming the parameter. */
    public static Paging parse(String page, String size) {
        return new Paging(number("page", page, 0, 0, Integer.MAX_VALUE),
                number("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
    }

    private static int number(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below like an out-of-range number
        }
        String range = max == Integer.MAX_VALUE ? "a whole number from " + min : "a whole number from " + min + " to " + max;
        throw new InvalidRequestException(new FieldError("query", name, "expected " + range));
    }
}
