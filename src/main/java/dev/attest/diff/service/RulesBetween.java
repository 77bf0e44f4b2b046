package dev.attest.diff.service;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.attest.diff.AssessmentDiff.ParameterChange;
import dev.attest.diff.RulebaseChanges;
import dev.attest.rules.engine.Rulebase;
import dev.attest.rules.model.ParameterValue;

/**
 * What two rulebases, each on its own evaluation date, tell a diff whatever the business: the checks added, removed
 * or changed, the parameters in force that differ, and the questions each check reads in either. It depends on the
 * two versions and dates only, so a scheduled run, which compares the same pair for every organisation, works it
 * out once ({@link DiffService} keeps it).
 *
 * @param inputs for each check id, the questions it reads in either rulebase
 */
record RulesBetween(RulebaseChanges changes, List<ParameterChange> parameters, Map<String, Set<String>> inputs) {

    RulesBetween {
        parameters = List.copyOf(parameters);
        inputs = Collections.unmodifiableMap(inputs);
    }

    /** The cache key of a pair whose rulebases are both at hand; the pair's figures never change. */
    static String key(Rulebase older, LocalDate olderDate, Rulebase newer, LocalDate newerDate) {
        return older.version() + "@" + olderDate + ">" + newer.version() + "@" + newerDate;
    }

    static RulesBetween of(Optional<Rulebase> older, LocalDate olderDate, Optional<Rulebase> newer, LocalDate newerDate) {
        boolean both = older.isPresent() && newer.isPresent();
        return new RulesBetween(both ? RulebaseComparison.between(older.get(), newer.get()) : RulebaseChanges.NONE,
                both ? parameterChanges(older.get(), olderDate, newer.get(), newerDate) : List.of(), inputs(older, newer));
    }

    private static Map<String, Set<String>> inputs(Optional<Rulebase> older, Optional<Rulebase> newer) {
        Map<String, Set<String>> inputs = new HashMap<>();
        for (Optional<Rulebase> rulebase : List.of(older, newer)) {
            rulebase.ifPresent(rules -> rules.checks().values().forEach(check ->
                    inputs.computeIfAbsent(check.id(), id -> new LinkedHashSet<>()).addAll(check.inputs())));
        }
        inputs.replaceAll((check, questions) -> Collections.unmodifiableSet(questions));
        return inputs;
    }

    /** The parameters in force for each side, under its own rulebase on its own date, that differ. */
    private static List<ParameterChange> parameterChanges(Rulebase olderRules, LocalDate olderDate, Rulebase newerRules,
            LocalDate newerDate) {
        return KeyedChanges.between(byName(olderRules.parametersInForce(olderDate)),
                byName(newerRules.parametersInForce(newerDate)), (was, is) -> was.value().equals(is.value()),
                (name, was, is) -> new ParameterChange(name, was == null ? null : was.value(),
                        is == null ? null : is.value(), is == null ? null : is.effectiveFrom()));
    }

    private static Map<String, ParameterValue> byName(List<ParameterValue> parameters) {
        Map<String, ParameterValue> values = new HashMap<>();
        parameters.forEach(parameter -> values.put(parameter.name(), parameter));
        return values;
    }
}
