package dev.attest.rules.model;

import java.util.Map;
import java.util.Optional;

import dev.attest.platform.i18n.LocalizedText;

/** Every text of the rulebase: framework names, applicability reasons ({@code FRAMEWORK/code}), checks, clock kinds. */
public record RuleTexts(
        Map<String, LocalizedText> frameworks, Map<String, LocalizedText> reasons, Map<String, CheckTexts> checks,
        Map<String, LocalizedText> deadlines) {

    public RuleTexts {
        frameworks = Map.copyOf(frameworks);
        reasons = Map.copyOf(reasons);
        checks = Map.copyOf(checks);
        deadlines = Map.copyOf(deadlines);
    }

    /** What a kind of clock is for, e.g. {@code rights-request}: "answering a person's request about their data". */
    public Optional<LocalizedText> deadline(String kind) {
        return Optional.ofNullable(deadlines.get(kind));
    }

    public Optional<CheckTexts> check(String id) {
        return Optional.ofNullable(checks.get(id));
    }

    public Optional<LocalizedText> reason(String framework, String code) {
        return Optional.ofNullable(reasons.get(framework + "/" + code));
    }

    public Optional<LocalizedText> framework(String framework) {
        return Optional.ofNullable(frameworks.get(framework));
    }
}
