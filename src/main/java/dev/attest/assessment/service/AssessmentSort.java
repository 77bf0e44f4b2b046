package dev.attest.assessment.service;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.quarkus.panache.common.Sort;

import dev.attest.platform.problem.FieldError;
import dev.attest.platform.problem.InvalidRequestException;

/**
 * The orders an assessment listing can have; a leading {@code -} means descending. Ties fall back to the creation
 * time and the id, so pages never overlap; assessments without a score come last either way.
 */
public enum AssessmentSort {
    EVALUATION_DATE("evaluationDate", "evaluationDate", Sort.Direction.Ascending),
    EVALUATION_DATE_DESC("-evaluationDate", "evaluationDate", Sort.Direction.Descending),
    SCORE("score", "overallScore", Sort.Direction.Ascending),
    SCORE_DESC("-score", "overallScore", Sort.Direction.Descending);

    private final String code;
    private final String column;
    private final Sort.Direction direction;

    AssessmentSort(String code, String column, Sort.Direction direction) {
        this.code = code;
        this.column = column;
        this.direction = direction;
    }

    public Sort sort() {
        return Sort.by(column, direction, Sort.NullPrecedence.NULLS_LAST).and("createdAt", direction).and("id");
    }

    /** From the {@code sort} query parameter; {@code -evaluationDate} when absent, a 400 naming it when unknown. */
    public static AssessmentSort parse(String value) {
        if (value == null || value.isBlank()) {
            return EVALUATION_DATE_DESC;
        }
        return Arrays.stream(values()).filter(candidate -> candidate.code.equals(value.trim())).findFirst()
                .orElseThrow(() -> new InvalidRequestException(new FieldError("query", "sort", "expected one of "
                        + Arrays.stream(values()).map(candidate -> candidate.code).collect(Collectors.joining(", ")))));
    }
}
