package dev.attest.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a set of answers shows: the visible top-level questions, and for each answered repeated group the visible
 * fields of each entry, in entry order.
 */
public record Visibility(Set<String> questions, Map<String, List<Set<String>>> groupFields) {

    public boolean shows(String questionId) {
        return questions.contains(questionId);
    }

    /** The fields shown in entry {@code index} of {@code group}; empty when the entry is not answered yet. */
    public Set<String> fields(String group, int index) {
        List<Set<String>> entries = groupFields.getOrDefault(group, List.of());
        return index < entries.size() ? entries.get(index) : Set.of();
    }
}
