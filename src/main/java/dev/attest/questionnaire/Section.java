package dev.attest.questionnaire;

import java.util.List;

import dev.attest.platform.i18n.LocalizedText;

/** A page of the questionnaire. */
public record Section(String id, LocalizedText title, List<Question> questions) {

    public Section {
        questions = List.copyOf(questions);
    }
}
