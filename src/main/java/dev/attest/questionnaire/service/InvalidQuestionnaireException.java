package dev.attest.questionnaire.service;

import java.util.List;
import java.util.stream.Collectors;

/** A questionnaire file cannot be used; start-up stops with every problem listed. */
public class InvalidQuestionnaireException extends RuntimeException {

    private final transient List<QuestionnaireProblem> problems;

    public InvalidQuestionnaireException(List<QuestionnaireProblem> problems) {
        super("Invalid questionnaire:\n  " + problems.stream().map(Object::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<QuestionnaireProblem> problems() {
        return problems;
    }
}
