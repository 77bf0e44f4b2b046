package dev.attest.questionnaire;

/** One bad answer: its JSON Pointer in the submitted answers and why it was refused. */
public record AnswerError(String pointer, String reason) {
}
