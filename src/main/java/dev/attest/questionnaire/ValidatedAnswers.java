package dev.attest.questionnaire;

import java.util.List;

import dev.attest.rules.fact.Answer;

/**
 * Answers that passed validation, as facts for the rules, with what was ignored or left open; {@code stale}
 * holds, in {@link ValidationMode#RERUN} only, stored answers that today's questionnaire no longer accepts;
 * {@code askedQuestions} counts the distinct questions these answers make visible (a group's field counts once,
 * however many entries show it).
 */
public record ValidatedAnswers(
        Questionnaire questionnaire,
        List<Answer> answers,
        List<IgnoredAnswer> ignored,
        List<UnansweredQuestion> unanswered,
        List<AnswerError> stale,
        int askedQuestions) {

    public ValidatedAnswers {
        answers = List.copyOf(answers);
        ignored = List.copyOf(ignored);
        unanswered = List.copyOf(unanswered);
        stale = List.copyOf(stale);
    }
}
