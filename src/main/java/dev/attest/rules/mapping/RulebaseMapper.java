package dev.attest.rules.mapping;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.attest.platform.i18n.Language;
import dev.attest.rules.engine.Rulebase;
import dev.attest.rules.model.Check;
import dev.attest.rules.rest.RulebaseView;

/** Rulebase → the rule catalogue view, titles in one language. */
@ApplicationScoped
public class RulebaseMapper {

    /** @param framework only this framework's checks (any case), or every check when blank */
    public RulebaseView catalogue(Rulebase rulebase, String framework, Language language) {
        Map<String, Long> counts = new TreeMap<>(rulebase.checks().values().stream()
                .collect(Collectors.groupingBy(Check::framework, Collectors.counting())));
        return new RulebaseView(rulebase.version(), rulebase.textsVersion(), rulebase.frameworks().stream().sorted().toList(),
                counts,
                rulebase.checks().values().stream()
                        .filter(check -> framework == null || framework.isBlank() || check.framework().equalsIgnoreCase(framework))
                        .map(check -> new RulebaseView.CheckView(check.id(), check.framework(), check.severity().code(),
                                check.citation(),
                                rulebase.texts().check(check.id()).map(texts -> texts.title().in(language)).orElse(check.id()),
                                check.verified(), check.inputs()))
                        .toList());
    }
}
