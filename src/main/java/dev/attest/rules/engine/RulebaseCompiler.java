package dev.attest.rules.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

import dev.attest.rules.model.Check;
import dev.attest.rules.model.ParameterValue;
import dev.attest.rules.model.RuleCase;
import dev.attest.rules.model.RuleProblem;
import dev.attest.rules.model.RuleTexts;
import dev.attest.rules.model.RulebaseFiles;
import dev.attest.rules.model.Severity;

/**
 * Compiles the DRL files of a rulebase into a KIE base with the application's class loader (or takes the packages
 * compiled before from the {@link RulebaseCache}), then reads and checks every check's metadata. Nothing is swapped
 * in here: a caller gets a complete rulebase or the list of problems.
 */
@ApplicationScoped
public class RulebaseCompiler {

    /** DRL files sit under a folder named like their package ({@code rules.gdpr} in {@code rules/gdpr/}). */
    private static final String RESOURCES = "src/main/resources/rules/";

    /** Each build gets its own release id, so the KIE repository never hands back an older build. */
    private final AtomicLong builds = new AtomicLong();

    @Inject
    RulebaseCache cache;

    public Rulebase compile(RulebaseFiles files, Set<String> frameworks, List<ParameterValue> parameters,
            RuleTexts texts, List<RuleCase> cases) {
        Built built = build(files);
        KieBase kieBase = built.kieBase();
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, Check> checks = new LinkedHashMap<>();
        Map<String, List<String>> scopeRules = new HashMap<>();
        List<Rule> scopes = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                Map<String, Object> metadata = rule.getMetaData();
                if (metadata.containsKey(RuleFunctions.ID)) {
                    Check check = readCheck(rule, frameworks, problems);
                    if (check != null && checks.putIfAbsent(check.id(), check) != null) {
                        problems.add(new RuleProblem(fileOf(rule), null, "check id " + check.id()
                                + " is declared by two rules: '" + checks.get(check.id()).rule() + "' and '" + rule.getName() + "'"));
                    }
                } else if (metadata.containsKey(RuleFunctions.SCOPE_OF)) {
                    scopes.add(rule);
                }
            }
        }
        for (Rule scope : scopes) {
            String checkId = scope.getMetaData().get(RuleFunctions.SCOPE_OF).toString();
            if (!checks.containsKey(checkId)) {
                problems.add(new RuleProblem(fileOf(scope), null, "scope rule '" + scope.getName()
                        + "' names check " + checkId + ", which no rule declares"));
            } else {
                scopeRules.computeIfAbsent(checkId, id -> new ArrayList<>()).add(scope.getName());
            }
        }
        for (Check check : checks.values()) {
            if (texts.check(check.id()).isEmpty()) {
                problems.add(new RuleProblem(check.file(), null, "check " + check.id() + " has no texts in any *.texts.yaml"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RulebaseCompilationException(problems);
        }
        List<Check> withScopes = checks.values().stream()
                .map(check -> new Check(check.id(), check.framework(), check.severity(), check.citation(), check.inputs(),
                        check.verified(), check.rule(), check.file(), scopeRules.containsKey(check.id())))
                .toList();
        return new Rulebase(files, kieBase, withScopes, scopeRules, frameworks, parameters, texts, cases, built.fromCache());
    }

    /** A KIE base, and whether it was read from the cache (its constraints are then compiled as they are first used). */
    record Built(KieBase kieBase, boolean fromCache) {
    }

    Built build(RulebaseFiles files) {
        ClassLoader classLoader = RulebaseCompiler.class.getClassLoader();
        if (cache == null) {
            // Built outside the container (property tests, fuzzing): nothing to cache in.
            return new Built(compile(files, classLoader), false);
        }
        return cache.load(files, classLoader).map(cached -> new Built(cached, true)).orElseGet(() -> {
            KieBase kieBase = compile(files, classLoader);
            cache.store(files, kieBase);
            return new Built(kieBase, false);
        });
    }

    private KieBase compile(RulebaseFiles files, ClassLoader classLoader) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem fileSystem = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("dev.attest", "rulebase", "1.0." + builds.incrementAndGet());
        fileSystem.generateAndWritePomXML(releaseId);
        files.logic().forEach((path, content) -> {
            if (path.endsWith(".drl")) {
                fileSystem.write(RESOURCES + path, content);
            }
        });
        KieBuilder builder = services.newKieBuilder(fileSystem, classLoader).buildAll();
        List<RuleProblem> problems = builder.getResults().getMessages(Message.Level.ERROR).stream()
                .map(message -> new RuleProblem(relative(message.getPath()), message.getLine(), message.getText().strip()))
                .toList();
        if (!problems.isEmpty()) {
            throw new RulebaseCompilationException(problems);
        }
        KieContainer container = services.newKieContainer(releaseId, classLoader);
        try {
            return container.getKieBase();
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
    }

    private Check readCheck(Rule rule, Set<String> frameworks, List<RuleProblem> problems) {
        Map<String, Object> metadata = rule.getMetaData();
        String file = fileOf(rule);
        String where = "check rule '" + rule.getName() + "'";
        String id = text(metadata, RuleFunctions.ID);
        String framework = text(metadata, "framework");
        String citation = text(metadata, "citation");
        String severityCode = text(metadata, "severity");
        String inputs = text(metadata, "inputs");
        String verified = text(metadata, "verified");
        int before = problems.size();
        if (framework == null || !frameworks.contains(framework)) {
            problems.add(new RuleProblem(file, null, where + ": @framework(" + framework
                    + ") is not a framework of any pack.yaml " + frameworks));
        }
        Severity severity = Severity.fromCode(severityCode).orElse(null);
        if (severity == null) {
            problems.add(new RuleProblem(file, null, where + ": @severity(" + severityCode
                    + ") must be one of critical, high, medium, low"));
        }
        if (citation == null || citation.isBlank()) {
            problems.add(new RuleProblem(file, null, where + ": @citation is missing"));
        }
        if (inputs == null) {
            problems.add(new RuleProblem(file, null, where + ": @inputs is missing (the questions the check reads)"));
        }
        if (verified != null && !verified.equals("true") && !verified.equals("false")) {
            problems.add(new RuleProblem(file, null, where + ": @verified must be \"true\" or \"false\""));
        }
        if (problems.size() > before) {
            return null;
        }
        List<String> inputList = Arrays.stream(inputs.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new Check(id, framework, severity, citation, inputList, !"false".equals(verified), rule.getName(), file, false);
    }

    private static String text(Map<String, Object> metadata, String key) {
        Object value = metadata.get(key);
        return value == null ? null : value.toString();
    }

    private static String fileOf(Rule rule) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null) {
            return relative(impl.getResource().getSourcePath());
        }
        return rule.getPackageName();
    }

    private static String relative(String path) {
        if (path == null) {
            return "rules";
        }
        for (String prefix : List.of("src/main/resources/", "rules/")) {
            if (path.startsWith(prefix)) {
                path = path.substring(prefix.length());
            }
        }
        return path;
    }
}
