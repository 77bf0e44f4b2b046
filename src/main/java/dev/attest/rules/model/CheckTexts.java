package dev.attest.rules.model;

import java.util.List;
import java.util.Map;

import dev.attest.platform.i18n.Language;
import dev.attest.platform.i18n.LocalizedText;

/** What a business reads about a check: title, explanation and the ordered remediation steps. */
public record CheckTexts(LocalizedText title, LocalizedText explanation, Map<Language, List<String>> remediation) {

    public CheckTexts {
        remediation = Map.copyOf(remediation);
    }

    public List<String> remediationIn(Language language) {
        List<String> steps = remediation.get(language);
        return steps != null && !steps.isEmpty() ? steps : remediation.getOrDefault(Language.FALLBACK, List.of());
    }
}
