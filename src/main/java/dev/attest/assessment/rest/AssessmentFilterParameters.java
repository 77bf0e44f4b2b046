package dev.attest.assessment.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.attest.assessment.service.AssessmentFilter;
import dev.attest.evaluation.Band;
import dev.attest.platform.problem.DateParameters;
import dev.attest.platform.problem.FieldError;
import dev.attest.platform.problem.InvalidRequestException;
import dev.attest.rules.service.RulebaseRegistry;

/**
 * Reads a listing's filter from its query parameters; every bad one is named in a single 400. A framework must be
 * one the current rulebase assesses.
 */
@ApplicationScoped
public class AssessmentFilterParameters {

    @Inject
    DateParameters dates;

    @Inject
    RulebaseRegistry rulebases;

    public AssessmentFilter parse(String from, String to, String band, String framework) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            errors.add(new FieldError("query", "to", "must not be before from"));
        }
        String bandCode = blankToNull(band);
        Set<String> bands = Arrays.stream(Band.values()).map(Band::code).collect(Collectors.toCollection(TreeSet::new));
        if (bandCode != null && !bands.contains(bandCode)) {
            errors.add(new FieldError("query", "band", "expected one of " + String.join(", ", bands)));
        }
        String frameworkCode = blankToNull(framework);
        Set<String> frameworks = new TreeSet<>(rulebases.current().frameworks());
        if (frameworkCode != null && !frameworks.contains(frameworkCode)) {
            errors.add(new FieldError("query", "framework", "expected one of " + String.join(", ", frameworks)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new AssessmentFilter(fromDate, toDate, bandCode, frameworkCode);
    }

    private LocalDate date(String name, String value, List<FieldError> errors) {
        try {
            return dates.parseOptional(name, value);
        } catch (InvalidRequestException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
