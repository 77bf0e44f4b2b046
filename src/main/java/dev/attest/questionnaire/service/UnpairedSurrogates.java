package dev.attest.questionnaire.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.attest.questionnaire.AnswerError;
import dev.attest.questionnaire.JsonPointer;

/**
 * Finds text in answers that is not valid Unicode: a JSON escape such as {@code "\ud800"} decodes to half a surrogate
 * pair, which UTF-8 cannot encode. Stored as it is, it would come back as {@code ?}, so it is refused, wherever it is
 * (keys and answers to hidden questions included: both are stored as sent). Walks without recursion, since a tree
 * built in code can be deeper than the stack, and spells a node's pointer out only for an error: building one for
 * every node would cost the square of the depth.
 */
final class UnpairedSurrogates {

    static final String VALUE = "not valid Unicode text: it holds half of a surrogate pair, which cannot be stored";
    static final String KEY = "a key of this object is not valid Unicode text: it holds half of a surrogate pair";

    /** A node to look at, with the way back to the root. */
    private record Step(JsonNode node, Step parent, Object token) {
        String pointer() {
            List<Object> tokens = new ArrayList<>();
            for (Step step = this; step.parent != null; step = step.parent) {
                tokens.add(0, step.token);
            }
            return JsonPointer.of(tokens.toArray());
        }
    }

    private UnpairedSurrogates() {
    }

    /** Every string or key holding an unpaired surrogate, up to {@code max}, by JSON Pointer. */
    static List<AnswerError> find(JsonNode answers, int max) {
        List<AnswerError> found = new ArrayList<>();
        Deque<Step> pending = new ArrayDeque<>();
        pending.push(new Step(answers, null, null));
        while (!pending.isEmpty() && found.size() < max) {
            Step step = pending.pop();
            JsonNode node = step.node();
            if (node.isTextual() && !wellFormed(node.textValue())) {
                found.add(new AnswerError(step.pointer(), VALUE));
            } else if (node.isArray()) {
                for (int index = node.size() - 1; index >= 0; index--) {
                    pending.push(new Step(node.get(index), step, index));
                }
            } else if (node.isObject()) {
                List<Step> children = new ArrayList<>();
                boolean badKey = false;
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (wellFormed(field.getKey())) {
                        children.add(new Step(field.getValue(), step, field.getKey()));
                    } else if (!badKey) {
                        badKey = true;
                        found.add(new AnswerError(step.pointer(), KEY));
                    }
                }
                for (int index = children.size() - 1; index >= 0; index--) {
                    pending.push(children.get(index));
                }
            }
        }
        return found;
    }

    static boolean wellFormed(String text) {
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            if (Character.isHighSurrogate(c) && index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1))) {
                index++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
