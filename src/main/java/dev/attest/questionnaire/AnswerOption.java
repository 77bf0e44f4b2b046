package dev.attest.questionnaire;

import dev.attest.platform.i18n.LocalizedText;

/** One choice of a single- or multiple-choice question. */
public record AnswerOption(String value, LocalizedText label) {
}
