package dev.attest.diff.service;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import dev.attest.diff.ChangedAnswer;
import dev.attest.questionnaire.JsonPointer;

/**
 * The answers that differ between two answer objects, one per leaf: a plain answer, a multiple choice as a whole, or
 * one field of one entry of a repeated group ({@code /purposes/2/retention_months}); an entry added or removed shows
 * as each of its fields answered or no longer answered.
 */
final class AnswerChanges {

    private AnswerChanges() {
    }

    static List<ChangedAnswer> between(JsonNode older, JsonNode newer) {
        if (older.equals(newer)) {
            // A scheduled re-assessment's answers are the very same: no leaf can differ.
            return List.of();
        }
        return KeyedChanges.between(leaves(older), leaves(newer), JsonNode::equals,
                (pointer, was, is) -> new ChangedAnswer(pointer, questionOf(pointer), was, is));
    }

    /**
     * The changes among {@code all} that a check (or framework) reads: its {@code @inputs} questions, or the answers
     * its results named by pointer.
     */
    static List<ChangedAnswer> relevant(List<ChangedAnswer> all, Collection<String> questions, Collection<String> pointers) {
        return all.stream()
                .filter(change -> questions.contains(change.question()) || pointers.contains(change.pointer())
                        || pointers.stream().anyMatch(pointer -> change.pointer().startsWith(pointer + "/")))
                .toList();
    }

    /** {@code /a} → {@code a}; {@code /group/2/field} → {@code group.field}: the form {@code @inputs} names questions in. */
    static String questionOf(String pointer) {
        String[] tokens = pointer.substring(1).split("/");
        String question = unescape(tokens[0]);
        return tokens.length >= 3 ? question + "." + unescape(tokens[2]) : question;
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    private static Map<String, JsonNode> leaves(JsonNode answers) {
        Map<String, JsonNode> leaves = new TreeMap<>();
        if (answers != null && answers.isObject()) {
            answers.fields().forEachRemaining(field -> collect(JsonPointer.of(field.getKey()), field.getValue(), leaves));
        }
        return leaves;
    }

    private static void collect(String pointer, JsonNode value, Map<String, JsonNode> leaves) {
        if (value.isArray() && value.size() > 0 && value.get(0).isObject()) {
            for (int index = 0; index < value.size(); index++) {
                JsonNode entry = value.get(index);
                Iterator<Map.Entry<String, JsonNode>> fields = entry.fields();
                String entryPointer = pointer + "/" + index;
                fields.forEachRemaining(field -> leaves.put(entryPointer + JsonPointer.of(field.getKey()), field.getValue()));
            }
        } else if (!value.isNull()) {
            leaves.put(pointer, value);
        }
    }
}
