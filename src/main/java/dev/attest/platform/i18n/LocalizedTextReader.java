package dev.attest.platform.i18n;

import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads {@code {en: "…", ru: "…"}} nodes, reporting missing or unknown languages. */
public final class LocalizedTextReader {

    private LocalizedTextReader() {
    }

    public static LocalizedText read(JsonNode node, String what, boolean mandatory, Consumer<String> problems) {
        if (node == null || node.isNull()) {
            if (mandatory) {
                problems.accept(what + " is missing");
            }
            return null;
        }
        if (!node.isObject()) {
            problems.accept(what + " must be a map of language to text, e.g. {en: \"…\", ru: \"…\"}");
            return null;
        }
        Map<Language, String> values = new EnumMap<>(Language.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            Language.fromCode(entry.getKey()).filter(language -> language.code().equals(entry.getKey()))
                    .ifPresentOrElse(
                            language -> values.put(language, entry.getValue().asText()),
                            () -> problems.accept(what + " has an unknown language '" + entry.getKey() + "'"));
        }
        for (Language language : Language.values()) {
            String text = values.get(language);
            if (text == null || text.isBlank()) {
                problems.accept(what + " has no '" + language.code() + "' text");
            }
        }
        return new LocalizedText(values);
    }
}
