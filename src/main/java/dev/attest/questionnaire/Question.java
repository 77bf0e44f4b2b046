package dev.attest.questionnaire;

import java.util.List;
import java.util.Optional;

import dev.attest.platform.i18n.LocalizedText;

/**
 * A question, or a repeated group whose {@code fields} are asked once per entry.
 *
 * @param help optional
 * @param verify optional text of the verification task produced when the answer is "don't know"
 * @param showIf optional condition on other answers; the question is hidden when it is false
 */
public record Question(
        String id,
        QuestionType type,
        boolean required,
        boolean dontKnow,
        LocalizedText label,
        LocalizedText help,
        LocalizedText verify,
        List<AnswerOption> options,
        Double min,
        Double max,
        Integer minItems,
        Integer maxItems,
        ShowIf showIf,
        List<Question> fields) {

    public Question {
        options = List.copyOf(options);
        fields = List.copyOf(fields);
    }

    public boolean isGroup() {
        return type == QuestionType.GROUP;
    }

    public boolean hasOption(String value) {
        return options.stream().anyMatch(option -> option.value().equals(value));
    }

    public Optional<Question> field(String fieldId) {
        return fields.stream().filter(field -> field.id().equals(fieldId)).findFirst();
    }
}
