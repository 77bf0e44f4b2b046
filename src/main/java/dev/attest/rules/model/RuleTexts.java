package dev.attest.rules.model;

import java.util.Map;
import java.util.Optional;

import dev.attest.platform.i18n.LocalizedText;

/** Every text of the rulebase: framework names, applicability reasons ({@code FRAMEWORK/code}) and checks. */
public record RuleTexts(
        Map<String, LocalizedText> frameworks, Map<String, LocalizedText> reasons, Map<String, CheckTexts> checks) {

    public RuleTexts {
        frameworks = Map.copyOf(frameworks);
        reasons = Map.copyOf(reasons);
        checks = Map.copyOf(checks);
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
