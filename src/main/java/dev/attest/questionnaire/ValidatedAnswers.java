package dev.attest.questionnaire;

import java.util.List;

import dev.attest.rules.fact.Answer;

/** Answers that passed validation, as facts for the rules, with what was ignored or left open. */
public record ValidatedAnswers(
        Questionnaire questionnaire,
        List<Answer> answers,
        List<IgnoredAnswer> ignored,
        List<UnansweredQuestion> unanswered) {

    public ValidatedAnswers {
        answers = List.copyOf(answers);
        ignored = List.copyOf(ignored);
        unanswered = List.copyOf(unanswered);
    }
}
