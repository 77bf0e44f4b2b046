package dev.attest.platform.problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.enterprise.context.ApplicationScoped;

/** Reads optional date query parameters; a malformed one is a 400 naming the parameter. */
@ApplicationScoped
public class DateParameters {

    public LocalDate parseOptional(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(new FieldError("query", name, "expected a date as YYYY-MM-DD"));
        }
    }
}
