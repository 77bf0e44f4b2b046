package dev.attest.rules.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.kie.api.KieBase;

import dev.attest.rules.model.Check;
import dev.attest.rules.model.ParameterValue;
import dev.attest.rules.model.RuleCase;
import dev.attest.rules.model.RuleTexts;
import dev.attest.rules.model.RulebaseFiles;

/**
 * A compiled rulebase: its version, the checks it holds, the frameworks its packs assess, parameters, texts
 * and the packs' own cases. The KIE base inside is only reachable from this package.
 */
public final class Rulebase {

    /** Evaluations after which a rulebase read from the cache has compiled what ordinary answers use. */
    static final int COLD_EVALUATIONS = 20;

    private final RulebaseFiles files;
    private final String version;
    private final String textsVersion;
    private final KieBase kieBase;
    private final Map<String, Check> checks;
    private final Map<String, List<String>> scopeRules;
    private final Set<String> frameworks;
    private final List<ParameterValue> parameters;
    private final RuleTexts texts;
    private final List<RuleCase> cases;
    /** Evaluations still to finish before the normal time bound applies; see {@link #cold()}. */
    private final AtomicInteger coldEvaluationsLeft;

    Rulebase(RulebaseFiles files, KieBase kieBase, Collection<Check> checks, Map<String, List<String>> scopeRules,
            Set<String> frameworks, List<ParameterValue> parameters, RuleTexts texts, List<RuleCase> cases, boolean fromCache) {
        this.files = files;
        this.version = files.version();
        this.textsVersion = files.textsVersion();
        this.kieBase = kieBase;
        Map<String, Check> byId = new LinkedHashMap<>();
        checks.stream().sorted(Comparator.comparing(Check::id)).forEach(check -> byId.put(check.id(), check));
        this.checks = java.util.Collections.unmodifiableMap(byId);
        this.scopeRules = Map.copyOf(scopeRules);
        this.frameworks = Set.copyOf(frameworks);
        this.parameters = List.copyOf(parameters);
        this.texts = texts;
        this.cases = List.copyOf(cases);
        this.coldEvaluationsLeft = new AtomicInteger(fromCache ? COLD_EVALUATIONS : 0);
    }

    public String version() {
        return version;
    }

    public String textsVersion() {
        return textsVersion;
    }

    public RulebaseFiles files() {
        return files;
    }

    public Map<String, Check> checks() {
        return checks;
    }

    public Optional<Check> check(String id) {
        return Optional.ofNullable(checks.get(id));
    }

    /** Names of the scope rules of each check that has any. */
    public Map<String, List<String>> scopeRules() {
        return scopeRules;
    }

    public Set<String> frameworks() {
        return frameworks;
    }

    public List<ParameterValue> parameters() {
        return parameters;
    }

    /** For each parameter name, the value with the latest {@code effectiveFrom} on or before {@code date}. */
    public List<ParameterValue> parametersInForce(LocalDate date) {
        Map<String, ParameterValue> inForce = new LinkedHashMap<>();
        for (ParameterValue value : parameters) {
            if (value.effectiveFrom().isAfter(date)) {
                continue;
            }
            ParameterValue current = inForce.get(value.name());
            if (current == null || value.effectiveFrom().isAfter(current.effectiveFrom())) {
                inForce.put(value.name(), value);
            }
        }
        return new ArrayList<>(inForce.values());
    }

    public RuleTexts texts() {
        return texts;
    }

    public List<RuleCase> cases() {
        return cases;
    }

    /**
     * Whether this rulebase was read from the cache and has not yet finished its first evaluations, or been warmed
     * up by its cases ({@link #markWarm()}). Such a rulebase compiles its constraints as they are first used, so
     * the very first evaluation after a start takes seconds on a small machine: a time bound meant to catch broken
     * rules would refuse a user's answers for the machine's being cold.
     */
    public boolean cold() {
        return coldEvaluationsLeft.get() > 0;
    }

    /** Its packs' cases have run on it: whatever ordinary answers use is compiled. */
    public void markWarm() {
        coldEvaluationsLeft.set(0);
    }

    void evaluationFinished() {
        coldEvaluationsLeft.getAndUpdate(left -> Math.max(0, left - 1));
    }

    KieBase kieBase() {
        return kieBase;
    }
}
