package dev.attest.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.attest.platform.config.ConfigDefaults;
import dev.attest.questionnaire.Questionnaire;
import dev.attest.questionnaire.ValidatedAnswers;
import dev.attest.questionnaire.service.AnswerValidator;
import dev.attest.questionnaire.service.QuestionnaireCatalog;
import dev.attest.rules.config.RulesConfig;
import dev.attest.rules.fact.Answer;
import dev.attest.rules.model.RuleTexts;
import dev.attest.rules.model.RulebaseFiles;
import dev.attest.rules.service.RulebaseLoader;

/**
 * The compiled-rules cache with the real {@code rules/}: the packages read back give the same rules and the same
 * outcome on every example business as the compiled ones; other rule files or an unreadable entry are compiled.
 * Runs without Quarkus, so the build identity is set here (tests run from class folders, where the cache is off).
 */
class RulebaseCacheTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ClassLoader CLASSES = RulebaseCacheTest.class.getClassLoader();

    @TempDir
    static Path folder;

    private static RulebaseFiles files;
    private static RulebaseCache cache;
    private static KieBase compiled;

    @BeforeAll
    static void compileOnce() {
        files = new RulebaseLoader(new RulebaseCompiler()).read(Path.of("rules"));
        cache = cacheIn(folder.resolve("cache"));
        RulebaseCompiler compiler = new RulebaseCompiler();
        compiler.cache = cache;
        compiled = compiler.build(files).kieBase();
    }

    @Test
    void shouldReadBackTheRulesItCompiledWithTheirMetadata() {
        KieBase loaded = cache.load(files, CLASSES).orElseThrow();

        assertThat(rules(loaded)).isEqualTo(rules(compiled)).hasSizeGreaterThan(100);
    }

    @Test
    void shouldGiveTheSameOutcomeOnEveryExampleAsTheCompiledRules() throws IOException {
        KieBase loaded = cache.load(files, CLASSES).orElseThrow();
        Questionnaire questionnaire = QuestionnaireCatalog.loadFrom(Path.of("questionnaires")).get("core");
        RuleEngine engine = new RuleEngine(configWith(Optional.empty()));
        int violations = 0;
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            for (Path example : examples.filter(path -> path.toString().endsWith(".json")).sorted().toList()) {
                JsonNode request = JSON.readTree(example.toFile());
                ValidatedAnswers answers = new AnswerValidator().validate(questionnaire, request.get("answers"));
                LocalDate date = LocalDate.parse(request.get("evaluationDate").asText());
                String fromCache = outcome(engine, loaded, answers, date);

                assertThat(fromCache).as(example.toString()).isEqualTo(outcome(engine, compiled, answers, date));
                violations += fromCache.split("Violation\\[").length - 1;
            }
        }
        assertThat(violations).as("violations found in all examples").isGreaterThan(20);
    }

    /**
     * The first evaluation after a start from the cache compiles constraints on the way and took more than the 2 s
     * bound on the 2-core benchmark machine: the first user after every restart got an error (docs/benchmarks.md).
     */
    @Test
    void shouldJudgeARulebaseReadFromTheCacheByTheColdTimeBoundUntilItIsWarm() throws IOException {
        RulebaseCompiler compiler = new RulebaseCompiler();
        compiler.cache = cache;
        RulebaseCompiler.Built built = compiler.build(files);
        assertThat(built.fromCache()).as("read from the cache").isTrue();
        RuleEngine engine = new RuleEngine(configWith(Optional.empty(), Duration.ofNanos(1), Duration.ofMinutes(1)));
        JsonNode request = JSON.readTree(Path.of("examples", "shoe-shop.json").toFile());
        Questionnaire questionnaire = QuestionnaireCatalog.loadFrom(Path.of("questionnaires")).get("core");
        List<Answer> answers = new AnswerValidator().validate(questionnaire, request.get("answers")).answers();
        LocalDate date = LocalDate.parse(request.get("evaluationDate").asText());

        Rulebase warmedByCases = rulebaseOf(built);
        assertThat(warmedByCases.cold()).isTrue();
        assertThat(engine.run(warmedByCases, answers, date).violations()).isNotEmpty();
        warmedByCases.markWarm();
        assertThatThrownBy(() -> engine.run(warmedByCases, answers, date))
                .isInstanceOf(RuleEvaluationException.class)
                .hasMessageStartingWith("The rules did not finish within 0 ms");

        Rulebase warmedByUse = rulebaseOf(built);
        for (int i = 0; i < Rulebase.COLD_EVALUATIONS; i++) {
            assertThat(warmedByUse.cold()).as("after %s evaluations", i).isTrue();
            engine.run(warmedByUse, answers, date);
        }
        assertThat(warmedByUse.cold()).isFalse();
        assertThat(rulebaseOf(new RulebaseCompiler.Built(compiled, false)).cold()).as("compiled here").isFalse();
    }

    @Test
    void shouldNotFindRulesWhoseLogicChanged() {
        TreeMap<String, String> logic = new TreeMap<>(files.logic());
        logic.put("gdpr/consent.drl", logic.get("gdpr/consent.drl") + "\n// edited\n");

        assertThat(cache.load(new RulebaseFiles(logic, files.texts(), files.cases()), CLASSES)).isEmpty();
    }

    @Test
    void shouldCompileAgainRatherThanUseAnUnreadableEntry() throws IOException {
        RulebaseCache damaged = cacheIn(folder.resolve("damaged"));
        damaged.store(files, compiled);
        assertThat(damaged.load(files, CLASSES)).isPresent();
        try (Stream<Path> entries = Files.list(folder.resolve("damaged"))) {
            for (Path entry : entries.toList()) {
                Files.writeString(entry, "not compiled rules");
            }
        }

        assertThat(damaged.load(files, CLASSES)).isEmpty();
    }

    @Test
    void shouldRememberOnlyTheCasesItWasToldPassed() {
        RulebaseCache verified = cacheIn(folder.resolve("verified"));
        verified.markVerified(files, "cases A");

        assertThat(verified.verified(files, "cases A")).isTrue();
        assertThat(verified.verified(files, "cases B")).isFalse();
    }

    @Test
    void shouldKeepNothingWithoutAFolder() {
        RulebaseCache off = new RulebaseCache();
        off.config = configWith(Optional.empty());
        off.build = Optional.of("test build");
        off.store(files, compiled);
        off.markVerified(files, "cases");

        assertThat(off.load(files, CLASSES)).isEmpty();
        assertThat(off.verified(files, "cases")).isFalse();
    }

    private static RulebaseCache cacheIn(Path dir) {
        RulebaseCache cache = new RulebaseCache();
        cache.config = configWith(Optional.of(dir));
        cache.build = Optional.of("test build");
        return cache;
    }

    /** Every rule by package and name, with its metadata. */
    private static Map<String, Map<String, Object>> rules(KieBase kieBase) {
        Map<String, Map<String, Object>> rules = new TreeMap<>();
        kieBase.getKiePackages().forEach(kiePackage -> kiePackage.getRules()
                .forEach(rule -> rules.put(rule.getPackageName() + "." + rule.getName(), new TreeMap<>(rule.getMetaData()))));
        return rules;
    }

    /** What the rules concluded, in a stable order (without the parameters, which the loader reads: fewer rules fire). */
    private static String outcome(RuleEngine engine, KieBase kieBase, ValidatedAnswers answers, LocalDate date) {
        Rulebase rulebase = new Rulebase(files, kieBase, List.of(), Map.of(), Set.of(), List.of(),
                new RuleTexts(Map.of(), Map.of(), Map.of(), Map.of()), List.of(), false);
        EngineOutcome outcome = engine.run(rulebase, answers.answers(), date);
        return "reasons " + sorted(outcome.reasons()) + ", applying " + sorted(outcome.frameworksApplying())
                + ", violations " + sorted(outcome.violations()) + ", scopes " + sorted(outcome.scopes())
                + ", deadlines " + sorted(outcome.deadlines()) + ", fired " + outcome.firedRules();
    }

    private static List<String> sorted(Collection<?> facts) {
        return facts.stream().map(Object::toString).sorted().toList();
    }

    private static Rulebase rulebaseOf(RulebaseCompiler.Built built) {
        return new Rulebase(files, built.kieBase(), List.of(), Map.of(), Set.of(), List.of(),
                new RuleTexts(Map.of(), Map.of(), Map.of(), Map.of()), List.of(), built.fromCache());
    }

    /** Bounds longer than the default 2 s: the first evaluations of a cold rulebase on a busy machine need them. */
    private static RulesConfig configWith(Optional<Path> cacheDir) {
        return configWith(cacheDir, Duration.ofMinutes(1), Duration.ofMinutes(1));
    }

    private static RulesConfig configWith(Optional<Path> cacheDir, Duration warmBound, Duration coldBound) {
        return ConfigDefaults.of(RulesConfig.class,
                Map.of("cacheDir", cacheDir, "evaluationTimeout", warmBound, "coldEvaluationTimeout", coldBound));
    }
}
