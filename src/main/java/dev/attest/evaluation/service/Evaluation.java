package dev.attest.evaluation.service;

import com.fasterxml.jackson.databind.JsonNode;

import dev.attest.evaluation.EvaluationResult;
import dev.attest.questionnaire.Questionnaire;
import dev.attest.rules.engine.Rulebase;

/** A finished evaluation with what produced it: the answers as sent, the questionnaire and the rulebase. */
public record Evaluation(EvaluationResult result, JsonNode answers, Questionnaire questionnaire, Rulebase rulebase) {
}
