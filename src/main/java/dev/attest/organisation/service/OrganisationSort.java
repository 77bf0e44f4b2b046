package dev.attest.organisation.service;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.quarkus.panache.common.Sort;

import dev.attest.platform.problem.FieldError;
import dev.attest.platform.problem.InvalidRequestException;

/** The orders an organisation listing can have; a leading {@code -} means descending; ties go by id. */
public enum OrganisationSort {
    // Names compare ignoring case, the same on H2 and PostgreSQL whatever the database's collation; the function
    // call needs Panache's column-name escaping off.
    NAME("name", Sort.by("lower(name)").and("id").disableEscaping()),
    NAME_DESC("-name", Sort.descending("lower(name)").and("id").disableEscaping()),
    CREATED_AT("createdAt", Sort.by("createdAt").and("id")),
    CREATED_AT_DESC("-createdAt", Sort.descending("createdAt").and("id"));

    private final String code;
    private final Sort sort;

    OrganisationSort(String code, Sort sort) {
        this.code = code;
        this.sort = sort;
    }

    public Sort sort() {
        return sort;
    }

    /** From the {@code sort} query parameter; {@code name} when absent, a 400 naming the parameter when unknown. */
    public static OrganisationSort parse(String value) {
        if (value == null || value.isBlank()) {
            return NAME;
        }
        return Arrays.stream(values()).filter(candidate -> candidate.code.equals(value.trim())).findFirst()
                .orElseThrow(() -> new InvalidRequestException(new FieldError("query", "sort", "expected one of "
                        + Arrays.stream(values()).map(candidate -> candidate.code).collect(Collectors.joining(", ")))));
    }
}
