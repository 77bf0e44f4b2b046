package dev.attest.evaluation;

import java.util.List;

import dev.attest.questionnaire.AnswerError;

/**
 * Why a re-run result needs a person to look at it: stored answers that today's questionnaire no longer
 * accepts (a question removed, renamed or changed), and the checks that read them.
 */
public record Review(List<AnswerError> staleAnswers, List<String> affectedChecks) {

    public Review {
        staleAnswers = List.copyOf(staleAnswers);
        affectedChecks = List.copyOf(affectedChecks);
    }
}
