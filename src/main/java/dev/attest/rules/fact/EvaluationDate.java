package dev.attest.rules.fact;

import java.time.LocalDate;

/** The date an assessment is made for: it decides which thresholds and deadlines are in force. */
public record EvaluationDate(LocalDate date) {

    public LocalDate getDate() {
        return date;
    }
}
