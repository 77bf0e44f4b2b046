package dev.attest.rules.fact;

import java.time.LocalDate;

/** A threshold or date from a pack's parameters, as in force on the evaluation date. */
public record Parameter(String name, Object value, LocalDate effectiveFrom) {

    public String getName() {
        return name;
    }

    public Object getValue() {
        return value;
    }

    public Double getNumber() {
        return value instanceof Number n ? n.doubleValue() : null;
    }

    public LocalDate getDate() {
        return value instanceof LocalDate d ? d : null;
    }

    public String getText() {
        return value == null ? null : value.toString();
    }
}
