package dev.attest.questionnaire;

/** An answer that was given but not used, e.g. because its question is hidden by {@code showIf}. */
public record IgnoredAnswer(String pointer, String reason) {
}
