package dev.attest.diff.service;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import dev.attest.evaluation.EvaluationResult;
import dev.attest.evaluation.service.EvaluationService;
import dev.attest.platform.problem.ResourceNotFoundException;
import dev.attest.questionnaire.Questionnaire;
import dev.attest.questionnaire.ValidatedAnswers;
import dev.attest.questionnaire.ValidationMode;
import dev.attest.questionnaire.service.AnswerValidator;
import dev.attest.questionnaire.service.QuestionnaireCatalog;
import dev.attest.rules.engine.Rulebase;
import dev.attest.rules.service.RulebaseArchive;

/**
 * Runs stored answers under a given rulebase version on a given date, nothing stored. Answers are read as a
 * re-assessment reads them ({@link ValidationMode#RERUN} against today's questionnaire): answers it no longer
 * accepts are set aside rather than failing the diff, so a questionnaire change counts with the rules.
 */
@ApplicationScoped
public class Reruns {

    @Inject
    QuestionnaireCatalog questionnaires;

    @Inject
    AnswerValidator validator;

    @Inject
    EvaluationService evaluations;

    @Inject
    RulebaseArchive archive;

    /** The rulebase of {@code version}, current or compiled again from the archive; empty if it was never archived. */
    public Optional<Rulebase> rulebase(String version) {
        return archive.find(version);
    }

    public EvaluationResult run(String questionnaireId, JsonNode answers, Rulebase rulebase, LocalDate date) {
        Questionnaire questionnaire = questionnaires.find(questionnaireId)
                .orElseThrow(() -> new ResourceNotFoundException("questionnaire", questionnaireId));
        ValidatedAnswers validated = validator.validate(questionnaire, answers, ValidationMode.RERUN);
        return evaluations.evaluate(rulebase, validated, date);
    }
}
