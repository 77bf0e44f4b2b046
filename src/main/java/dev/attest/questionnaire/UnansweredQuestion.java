package dev.attest.questionnaire;

/** A visible, optional question left without an answer; the checks that read it cannot pass. */
public record UnansweredQuestion(String question, String pointer) {
}
