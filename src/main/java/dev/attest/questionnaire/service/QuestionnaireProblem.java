package dev.attest.questionnaire.service;

/** One defect of a questionnaire file: where it is and what is wrong. */
public record QuestionnaireProblem(String file, String question, String problem) {

    @Override
    public String toString() {
        return question == null
                ? file + ": " + problem
                : file + ": question '" + question + "': " + problem;
    }
}
