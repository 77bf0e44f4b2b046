package dev.attest.evaluation.service;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.attest.evaluation.EvaluationResult;
import dev.attest.evaluation.config.ScoringConfig;
import dev.attest.platform.config.ConfigDefaults;
import dev.attest.questionnaire.Questionnaire;
import dev.attest.questionnaire.ValidatedAnswers;
import dev.attest.questionnaire.service.AnswerValidator;
import dev.attest.questionnaire.service.QuestionnaireCatalog;
import dev.attest.rules.config.RulesConfig;
import dev.attest.rules.engine.RuleEngine;
import dev.attest.rules.engine.Rulebase;
import dev.attest.rules.engine.RulebaseCompiler;
import dev.attest.rules.service.RuleEvaluator;
import dev.attest.rules.service.RulebaseLoader;

/**
 * The validation and evaluation path of {@code POST /api/v1/evaluations} built in plain Java, without the application
 * container, from the real {@code rules/} and {@code questionnaires/} folders and the default configuration.
 * Compiling the rulebase takes seconds, so the test classes share one instance ({@link #ofCore()}).
 */
public final class StandaloneEvaluation {

    private final Questionnaire questionnaire;
    private final Rulebase rulebase;
    private final AnswerValidator validator = new AnswerValidator();
    private final EvaluationService evaluations = new EvaluationService();

    private StandaloneEvaluation(Questionnaire questionnaire, Rulebase rulebase) {
        this.questionnaire = questionnaire;
        this.rulebase = rulebase;
        ScoreCalculator scores = new ScoreCalculator();
        scores.weights = ConfigDefaults.of(ScoringConfig.class);
        evaluations.scores = scores;
        // Generated answer sets on a busy machine: a longer bound than the service's 2 s, so that a slow run is not a failure.
        evaluations.evaluator = new RuleEvaluator(new RuleEngine(ConfigDefaults.of(RulesConfig.class, Map.of(
                "evaluationTimeout", Duration.ofSeconds(20), "coldEvaluationTimeout", Duration.ofSeconds(20)))));
    }

    /**
     * The {@code core} questionnaire and the rulebase of the working directory's {@code rules/}, as the service loads
     * them; compiled on first use, then shared by every test class of the run. Nothing in it changes once built.
     */
    public static StandaloneEvaluation ofCore() {
        return Core.INSTANCE;
    }

    /** Built when first asked for (the holder idiom): only test classes that use it pay for the compilation. */
    private static final class Core {
        static final StandaloneEvaluation INSTANCE = new StandaloneEvaluation(
                QuestionnaireCatalog.loadFrom(Path.of("questionnaires")).get("core"),
                new RulebaseLoader(new RulebaseCompiler()).load(Path.of("rules")));
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public Rulebase rulebase() {
        return rulebase;
    }

    public AnswerValidator validator() {
        return validator;
    }

    /** Validates as a submission (throws {@code InvalidAnswersException}) and evaluates on the date. */
    public EvaluationResult evaluate(JsonNode answers, LocalDate date) {
        ValidatedAnswers validated = validator.validate(questionnaire, answers);
        return evaluations.evaluate(rulebase, validated, date);
    }
}
