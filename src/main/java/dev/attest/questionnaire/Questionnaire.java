package dev.attest.questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.attest.platform.i18n.LocalizedText;

/**
 * A loaded questionnaire. {@code version} is the SHA-256 of its file, so every result can name the exact
 * questions it answered. Build it with {@link #of}, which indexes the questions once.
 */
public record Questionnaire(
        String id, String version, LocalizedText title, List<Section> sections, Map<String, Question> questionsById) {

    public static Questionnaire of(String id, String version, LocalizedText title, List<Section> sections) {
        Map<String, Question> byId = new LinkedHashMap<>();
        sections.forEach(section -> section.questions().forEach(question -> byId.put(question.id(), question)));
        return new Questionnaire(id, version, title, List.copyOf(sections), java.util.Collections.unmodifiableMap(byId));
    }

    /** Top-level questions in the order they are asked. */
    public List<Question> questions() {
        return List.copyOf(questionsById.values());
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(questionsById.get(id));
    }

    /** A question or a group field, addressed as {@code id} or {@code group.field}. */
    public Optional<Question> questionOrField(String path) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            return question(path);
        }
        return question(path.substring(0, dot)).flatMap(group -> group.field(path.substring(dot + 1)));
    }
}
