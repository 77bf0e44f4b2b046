package dev.attest.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import dev.attest.evaluation.EvaluationResult;
import dev.attest.evaluation.config.ScoringConfig;
import dev.attest.evaluation.service.EvaluationService;
import dev.attest.evaluation.service.ScoreCalculator;
import dev.attest.platform.config.ConfigDefaults;
import dev.attest.platform.hash.ContentHash;
import dev.attest.questionnaire.Questionnaire;
import dev.attest.questionnaire.ValidatedAnswers;
import dev.attest.questionnaire.service.AnswerValidator;
import dev.attest.questionnaire.service.QuestionnaireCatalog;
import dev.attest.rules.config.RulesConfig;
import dev.attest.rules.engine.RuleEngine;
import dev.attest.rules.engine.Rulebase;
import dev.attest.rules.engine.RulebaseCache;
import dev.attest.rules.engine.RulebaseCompiler;
import dev.attest.rules.model.RulebaseFiles;
import dev.attest.rules.service.RuleEvaluator;
import dev.attest.rules.service.RulebaseLoader;

/**
 * The application's own evaluation path (answer validation, rules, scoring) built without Quarkus from the real
 * {@code rules/} and {@code questionnaires/} folders, with the configuration defaults (see {@link #DEFAULT_RULES_CONFIG}). The beans are wired by
 * hand: their {@code @Inject} fields are set here the way CDI would set them.
 */
final class EngineFixture {

    /** Every pack in {@code rules/}. */
    static final String ALL_PACKS = "all";

    /**
     * The log levels of application.properties: unconfigured, the log manager lets Drools's trace messages through,
     * and formatting them would be most of what is measured. Held here so the levels stay set.
     */
    private static final List<Logger> LOG_LEVELS = List.of(level("", Level.INFO), level("org.drools", Level.WARNING),
            level("org.kie", Level.WARNING));

    private final Questionnaire questionnaire;
    private final AnswerValidator validator = new AnswerValidator();
    private final EvaluationService evaluations = new EvaluationService();
    private final Rulebase rulebase;

    /**
     * @param packs {@link #ALL_PACKS}, or pack folders joined by '+' (e.g. {@code gdpr+ccpa}); {@code common}, which
     *        only declares the shared facts, is always included
     */
    EngineFixture(String packs) {
        questionnaire = QuestionnaireCatalog.loadFrom(Path.of("questionnaires")).get("core");
        RulebaseCache cache = new RulebaseCache();
        inject(cache, "config", DEFAULT_RULES_CONFIG);
        inject(cache, "build", Optional.of(classesHash()));
        RulebaseCompiler compiler = new RulebaseCompiler();
        inject(compiler, "cache", cache);
        RulebaseLoader loader = new RulebaseLoader(compiler);
        rulebase = loader.compile(packs(loader.read(Path.of("rules")), packs));
        RuleEvaluator evaluator = new RuleEvaluator(new RuleEngine(DEFAULT_RULES_CONFIG));
        ScoreCalculator scores = new ScoreCalculator();
        inject(scores, "weights", DEFAULT_WEIGHTS);
        inject(evaluations, "evaluator", evaluator);
        inject(evaluations, "scores", scores);
    }

    Rulebase rulebase() {
        return rulebase;
    }

    ValidatedAnswers validate(JsonNode answers) {
        return validator.validate(questionnaire, answers);
    }

    /** What the engine does for one business: the rules over validated answers, then the scores. */
    EvaluationResult evaluate(ValidatedAnswers answers, LocalDate date) {
        return evaluations.evaluate(rulebase, answers, date);
    }

    private static RulebaseFiles packs(RulebaseFiles files, String packs) {
        if (ALL_PACKS.equals(packs)) {
            return files;
        }
        Set<String> kept = new java.util.HashSet<>(Set.of(packs.split("\\+")));
        kept.add("common");
        return new RulebaseFiles(only(files.logic(), kept), only(files.texts(), kept), only(files.cases(), kept));
    }

    private static SortedMap<String, String> only(SortedMap<String, String> files, Set<String> packs) {
        SortedMap<String, String> kept = new TreeMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (packs.contains(file.getKey().substring(0, file.getKey().indexOf('/')))) {
                kept.put(file.getKey(), file.getValue());
            }
        }
        return kept;
    }

    /**
     * Stands for the build in the cache key: the classes the compiled rules call (facts and rule functions), as the
     * benchmarks run from class folders.
     */
    private static String classesHash() {
        try (Stream<Path> classes = Files.walk(Path.of("target", "classes", "dev", "attest", "rules"))) {
            TreeMap<String, String> contents = new TreeMap<>();
            for (Path file : classes.filter(Files::isRegularFile).toList()) {
                contents.put(file.toString(), ContentHash.of(Files.readAllBytes(file)));
            }
            return ContentHash.ofFiles(contents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Logger level(String category, Level level) {
        Logger logger = LogContext.getSystemLogContext().getLogger(category);
        logger.setLevel(level);
        return logger;
    }

    private static void inject(Object bean, String field, Object value) {
        try {
            Field target = bean.getClass().getDeclaredField(field);
            target.setAccessible(true);
            target.set(bean, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot wire " + bean.getClass().getSimpleName() + "." + field, e);
        }
    }

    /**
     * The defaults of {@link RulesConfig}, but for the cache folder, which each benchmark JVM shares with the next (the
     * first compiles the rules), and the time bounds: a cold rulebase on a busy machine may need more than 2 s.
     */
    private static final RulesConfig DEFAULT_RULES_CONFIG = ConfigDefaults.of(RulesConfig.class, Map.of(
            "cacheDir", Optional.of(Path.of("target", "benchmarks", "rulebase-cache")),
            "evaluationTimeout", Duration.ofMinutes(1),
            "coldEvaluationTimeout", Duration.ofMinutes(1)));

    private static final ScoringConfig DEFAULT_WEIGHTS = ConfigDefaults.of(ScoringConfig.class);
}
