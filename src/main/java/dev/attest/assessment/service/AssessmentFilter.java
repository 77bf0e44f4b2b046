package dev.attest.assessment.service;

import java.time.LocalDate;

/**
 * Which stored assessments a listing shows; every part is optional (null). {@code from} and {@code to} bound the
 * evaluation date, both inclusive; {@code band} is a band code ({@code red}); {@code framework} keeps only
 * assessments to which that framework applies.
 */
public record AssessmentFilter(LocalDate from, LocalDate to, String band, String framework) {
}
