package dev.attest.diff.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.attest.diff.RulebaseChanges;
import dev.attest.diff.RulebaseChanges.Aspect;
import dev.attest.diff.RulebaseChanges.CheckChange;
import dev.attest.rules.engine.Rulebase;
import dev.attest.rules.model.Check;

/**
 * Compares two rulebases check by check. A check's logic is its own rule and its scope rules as written in the DRL,
 * whitespace aside: an edited condition is a changed check even when it judges this business as before.
 */
final class RulebaseComparison {

    private RulebaseComparison() {
    }

    static RulebaseChanges between(Rulebase older, Rulebase newer) {
        if (older.version().equals(newer.version())) {
            return RulebaseChanges.NONE;
        }
        Map<String, Check> before = older.checks();
        Map<String, Check> after = newer.checks();
        List<CheckChange> added = new ArrayList<>();
        List<CheckChange> removed = new ArrayList<>();
        List<CheckChange> changed = new ArrayList<>();
        after.values().stream().filter(check -> !before.containsKey(check.id())).map(RulebaseComparison::whole).forEach(added::add);
        before.values().stream().filter(check -> !after.containsKey(check.id())).map(RulebaseComparison::whole).forEach(removed::add);
        for (Check was : before.values()) {
            Check is = after.get(was.id());
            if (is == null) {
                continue;
            }
            List<String> aspects = aspects(older, was, newer, is);
            if (!aspects.isEmpty()) {
                changed.add(new CheckChange(is.id(), is.framework(), is.citation(), is.severity().code(),
                        was.severity() == is.severity() ? null : was.severity().code(),
                        was.citation().equals(is.citation()) ? null : was.citation(), aspects));
            }
        }
        return new RulebaseChanges(added, removed, changed);
    }

    private static CheckChange whole(Check check) {
        return new CheckChange(check.id(), check.framework(), check.citation(), check.severity().code(), null, null,
                List.of());
    }

    private static List<String> aspects(Rulebase older, Check was, Rulebase newer, Check is) {
        List<String> aspects = new ArrayList<>();
        if (was.severity() != is.severity()) {
            aspects.add(Aspect.SEVERITY.code());
        }
        if (!was.citation().equals(is.citation())) {
            aspects.add(Aspect.CITATION.code());
        }
        if (!was.inputs().equals(is.inputs())) {
            aspects.add(Aspect.INPUTS.code());
        }
        if (was.verified() != is.verified()) {
            aspects.add(Aspect.VERIFICATION.code());
        }
        if (!Objects.equals(logic(older, was), logic(newer, is))) {
            aspects.add(Aspect.LOGIC.code());
        }
        return aspects;
    }

    /** The check's rule and its scope rules, whitespace collapsed, scope rules in name order. */
    private static List<String> logic(Rulebase rulebase, Check check) {
        List<String> rules = new ArrayList<>();
        rules.add(ruleSource(rulebase, check.file(), check.rule()));
        rulebase.scopeRules().getOrDefault(check.id(), List.of()).stream().sorted()
                .map(scope -> ruleSource(rulebase, null, scope)).forEach(rules::add);
        return rules;
    }

    /**
     * The text of {@code rule "name" … end} in the named file, or in whichever DRL file holds it; null when none does
     * (then two rulebases that both lack it compare equal, and a rule that appears or disappears differs).
     */
    private static String ruleSource(Rulebase rulebase, String file, String name) {
        Map<String, String> logic = rulebase.files().logic();
        if (file != null && logic.containsKey(file)) {
            String found = DrlRules.source(logic.get(file), name);
            if (found != null) {
                return found;
            }
        }
        return logic.entrySet().stream().filter(entry -> entry.getKey().endsWith(".drl"))
                .map(entry -> DrlRules.source(entry.getValue(), name)).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
