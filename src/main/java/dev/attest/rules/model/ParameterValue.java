package dev.attest.rules.model;

import java.time.LocalDate;

/** One value of a threshold or date, in force from {@code effectiveFrom} until a later value replaces it. */
public record ParameterValue(String name, Object value, LocalDate effectiveFrom, String source, String file) {
}
