package dev.attest.actionplan.service;

import java.util.List;

import dev.attest.platform.problem.FieldError;

/** A step number as sent in a path: a whole number from 1. */
final class StepNumbers {

    private StepNumbers() {
    }

    /** The number, or 0 with an error naming the path parameter added to {@code errors}. */
    static int parse(String value, String parameter, List<FieldError> errors) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below, with the other bad fields
        }
        errors.add(new FieldError("path", parameter, "a step number: a whole number from 1"));
        return 0;
    }
}
