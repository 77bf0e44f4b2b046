package dev.attest.rules.model;

/**
 * An answer a result points at: the question, its JSON Pointer and the value given ({@code "dont_know"}
 * for don't know, {@code null} when it was left unanswered).
 */
public record AnswerRef(String question, String pointer, Object answer) {
}
