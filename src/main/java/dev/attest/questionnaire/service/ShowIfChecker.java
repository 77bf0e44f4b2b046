package dev.attest.questionnaire.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.attest.questionnaire.Question;
import dev.attest.questionnaire.Questionnaire;
import dev.attest.questionnaire.ShowIf;

/**
 * Checks that every {@code showIf} names an existing question (or sibling field) and that no question's
 * visibility depends on itself, directly or through others.
 */
final class ShowIfChecker {

    private final String file;
    private final Questionnaire questionnaire;
    private final List<QuestionnaireProblem> problems;

    ShowIfChecker(String file, Questionnaire questionnaire, List<QuestionnaireProblem> problems) {
        this.file = file;
        this.questionnaire = questionnaire;
        this.problems = problems;
    }

    void check() {
        for (Question question : questionnaire.questions()) {
            checkReferences(question, null);
            checkCycle(question.id(), question.id(), new HashSet<>());
            for (Question field : question.fields()) {
                checkReferences(field, question);
            }
        }
    }

    private void checkReferences(Question question, Question group) {
        if (question.showIf() == null) {
            return;
        }
        String path = group == null ? question.id() : group.id() + "." + question.id();
        for (ShowIf.Reference ref : question.showIf().references()) {
            if (ref.sibling()) {
                if (group == null) {
                    problem(path, "showIf uses 'field' outside a repeated group; use 'question'");
                } else if (group.field(ref.id()).isEmpty()) {
                    problem(path, "showIf names field '" + ref.id() + "', which group '" + group.id() + "' does not have");
                } else if (ref.id().equals(question.id())) {
                    problem(path, "showIf depends on the field itself");
                }
            } else if (questionnaire.question(ref.id()).isEmpty()) {
                problem(path, "showIf names question '" + ref.id() + "', which does not exist");
            } else if (questionnaire.question(ref.id()).get().isGroup()) {
                problem(path, "showIf cannot test repeated group '" + ref.id() + "' directly");
            }
        }
    }

    private void checkCycle(String start, String current, Set<String> seen) {
        Question question = questionnaire.question(current).orElse(null);
        if (question == null || question.showIf() == null || !seen.add(current)) {
            return;
        }
        for (ShowIf.Reference ref : question.showIf().references()) {
            if (ref.sibling()) {
                continue;
            }
            if (ref.id().equals(start)) {
                problem(start, "showIf forms a cycle: the question's visibility depends on itself");
                return;
            }
            checkCycle(start, ref.id(), seen);
        }
    }

    private void problem(String question, String message) {
        problems.add(new QuestionnaireProblem(file, question, message));
    }
}
