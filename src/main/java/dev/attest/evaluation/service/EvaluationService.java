package dev.attest.evaluation.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.attest.evaluation.EvaluationResult;
import dev.attest.evaluation.rest.EvaluationRequest;
import dev.attest.platform.problem.FieldError;
import dev.attest.platform.problem.InvalidRequestException;
import dev.attest.platform.time.IsoDate;
import dev.attest.questionnaire.InvalidAnswersException;
import dev.attest.questionnaire.Questionnaire;
import dev.attest.questionnaire.ValidatedAnswers;
import dev.attest.questionnaire.service.AnswerValidator;
import dev.attest.questionnaire.service.QuestionnaireCatalog;
import dev.attest.rules.engine.Rulebase;
import dev.attest.rules.model.RuleVerdict;
import dev.attest.rules.service.RuleEvaluator;
import dev.attest.rules.service.RulebaseRegistry;

/** Validates a request, runs the current rulebase over its answers and scores the outcome. Stores nothing. */
@ApplicationScoped
public class EvaluationService {

    @Inject
    QuestionnaireCatalog questionnaires;

    @Inject
    AnswerValidator validator;

    @Inject
    RulebaseRegistry rulebases;

    @Inject
    RuleEvaluator evaluator;

    @Inject
    ScoreCalculator scores;

    @Inject
    Clock clock;

    public Evaluation evaluate(EvaluationRequest request) {
        if (request == null) {
            throw new InvalidRequestException(FieldError.body("", "a JSON body with questionnaire and answers is required"));
        }
        List<FieldError> errors = new ArrayList<>();
        Questionnaire questionnaire = null;
        if (request.questionnaire() == null || request.questionnaire().isBlank()) {
            errors.add(FieldError.body("/questionnaire", "required: the id of the questionnaire answered"));
        } else {
            questionnaire = questionnaires.find(request.questionnaire()).orElse(null);
            if (questionnaire == null) {
                errors.add(FieldError.body("/questionnaire", "unknown questionnaire '" + request.questionnaire()
                        + "'; GET /api/v1/questionnaires lists them"));
            }
        }
        LocalDate date = evaluationDate(request.evaluationDate(), errors);
        ValidatedAnswers answers = null;
        if (request.answers() == null || request.answers().isNull()) {
            errors.add(FieldError.body("/answers", "required: an object of answers keyed by question id"));
        } else if (questionnaire != null) {
            try {
                answers = validator.validate(questionnaire, request.answers());
            } catch (InvalidAnswersException e) {
                e.errors().forEach(error -> errors.add(FieldError.answers(error.pointer(), error.reason())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Rulebase rulebase = rulebases.current();
        return new Evaluation(evaluate(rulebase, answers, date), request.answers(), questionnaire, rulebase);
    }

    /** Evaluates answers already validated against a given rulebase, e.g. an archived one. */
    public EvaluationResult evaluate(Rulebase rulebase, ValidatedAnswers answers, LocalDate date) {
        RuleVerdict verdict = evaluator.evaluate(rulebase, answers, date);
        return new EvaluationResult(answers.questionnaire().id(), answers.questionnaire().version(), rulebase.version(),
                rulebase.textsVersion(), date, verdict.applicability(), verdict.checks(),
                scores.score(verdict.applicability(), verdict.checks()), verdict.deadlines(), answers.ignored(), null);
    }

    private LocalDate evaluationDate(String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return LocalDate.now(clock);
        }
        return IsoDate.parse(text).orElseGet(() -> {
            errors.add(FieldError.body("/evaluationDate", "expected a date as YYYY-MM-DD"));
            return null;
        });
    }
}
