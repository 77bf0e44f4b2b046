package dev.attest.questionnaire;

import java.util.List;

/** The submitted answers do not fit the questionnaire; every bad field is listed. */
public class InvalidAnswersException extends RuntimeException {

    private final transient List<AnswerError> errors;

    public InvalidAnswersException(List<AnswerError> errors) {
        super(errors.size() + " invalid answer(s)");
        this.errors = List.copyOf(errors);
    }

    public List<AnswerError> errors() {
        return errors;
    }
}
