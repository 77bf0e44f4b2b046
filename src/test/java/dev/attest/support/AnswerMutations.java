package dev.attest.support;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.questionnaire.Question;
import dev.attest.questionnaire.Questionnaire;
import dev.attest.rules.fact.Answer;

/**
 * Breaks valid answer sets the ways clients break them: wrong types, unknown keys, numbers out of range or out of this
 * world, huge and awkward text (control characters, lone surrogates, bidi marks) in values and keys, nulls, deep
 * nesting, huge repeated groups, duplicate choices, "don't know" where it is not allowed, answers to hidden questions.
 */
public final class AnswerMutations {

    /** What one mutation does; named so a failing try says what it did. */
    public enum Kind {
        WRONG_TYPE, UNKNOWN_KEY, OUT_OF_RANGE, HUGE_TEXT, AWKWARD_TEXT, AWKWARD_KEY, DEEP_NESTING, MANY_ENTRIES, NULL_VALUE,
        DUPLICATE_CHOICE, DROP_ANSWER, DONT_KNOW, ENTRY_NOT_OBJECT, NOT_AN_OBJECT, ANY_QUESTION_ANY_VALUE
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Questionnaire questionnaire;
    private final int maxEntries;
    private final int maxDepth;

    /**
     * @param maxEntries the most entries a huge repeated group gets
     * @param maxDepth the deepest nesting a value gets
     */
    public AnswerMutations(Questionnaire questionnaire, int maxEntries, int maxDepth) {
        this.questionnaire = questionnaire;
        this.maxEntries = maxEntries;
        this.maxDepth = maxDepth;
    }

    /** A mutated copy of the answers (not always an object) and the mutations applied, in order. */
    public record Mutated(JsonNode answers, List<Kind> kinds) {
    }

    public Mutated mutate(ObjectNode valid, Choices choices) {
        JsonNode answers = valid.deepCopy();
        List<Kind> kinds = new ArrayList<>();
        for (int count = 1 + choices.below(3); count > 0; count--) {
            Kind kind = Kind.values()[choices.below(Kind.values().length)];
            kinds.add(kind);
            answers = answers instanceof ObjectNode object ? apply(kind, object, choices) : answers;
        }
        return new Mutated(answers, List.copyOf(kinds));
    }

    private JsonNode apply(Kind kind, ObjectNode answers, Choices choices) {
        ObjectNode target = target(answers, choices);
        String key = existingKey(target, choices);
        switch (kind) {
            case WRONG_TYPE -> target.set(key, wrongType(target.get(key), choices));
            case UNKNOWN_KEY -> target.put("unknown_" + choices.below(1000), choices.below(10));
            case OUT_OF_RANGE -> target.set(key, outOfRange(choices));
            case HUGE_TEXT -> target.put(key, "x".repeat(1000 + choices.below(60_000)));
            case AWKWARD_TEXT -> target.put(key, choices.text(64));
            case AWKWARD_KEY -> target.put(choices.text(24), choices.text(8));
            case DEEP_NESTING -> target.set(key, nested(1 + choices.below(maxDepth)));
            case MANY_ENTRIES -> manyEntries(answers, choices);
            case NULL_VALUE -> target.set(key, NODES.nullNode());
            case DUPLICATE_CHOICE -> duplicateChoice(target, key);
            case DROP_ANSWER -> target.remove(key);
            case DONT_KNOW -> target.put(key, Answer.DONT_KNOW);
            case ENTRY_NOT_OBJECT -> entryNotObject(answers, choices);
            case NOT_AN_OBJECT -> {
                return anyJson(choices, 3);
            }
            case ANY_QUESTION_ANY_VALUE -> answers.set(choices.oneOf(questionnaire.questions()).id(), anyJson(choices, 3));
        }
        return answers;
    }

    /** The answers themselves, or an entry of one of their repeated groups. */
    private static ObjectNode target(ObjectNode answers, Choices choices) {
        List<ObjectNode> entries = new ArrayList<>();
        answers.forEach(value -> value.forEach(entry -> {
            if (value.isArray() && entry instanceof ObjectNode object) {
                entries.add(object);
            }
        }));
        return entries.isEmpty() || choices.percent(60) ? answers : choices.oneOf(entries);
    }

    private static String existingKey(ObjectNode target, Choices choices) {
        List<String> keys = new ArrayList<>();
        target.fieldNames().forEachRemaining(keys::add);
        return keys.isEmpty() ? "nothing_here" : choices.oneOf(keys);
    }

    private static JsonNode wrongType(JsonNode value, Choices choices) {
        List<JsonNode> others = new ArrayList<>(List.of(NODES.booleanNode(choices.percent(50)), NODES.numberNode(choices.below(100)),
                NODES.textNode("yes"), NODES.arrayNode().add(1), NODES.objectNode().put("value", true)));
        others.removeIf(other -> value != null && other.getNodeType() == value.getNodeType());
        return choices.oneOf(others);
    }

    private static JsonNode outOfRange(Choices choices) {
        return switch (choices.below(6)) {
            case 0 -> NODES.numberNode(-1 - choices.below(1000));
            case 1 -> NODES.numberNode(new BigInteger("9".repeat(1 + choices.below(400))));
            case 2 -> NODES.numberNode(new BigDecimal("1e" + (300 + choices.below(100_000))));
            case 3 -> NODES.numberNode(choices.number());
            case 4 -> NODES.numberNode(Long.MIN_VALUE);
            default -> NODES.numberNode(new BigDecimal("0." + "0".repeat(choices.below(500)) + "1"));
        };
    }

    private static JsonNode nested(int depth) {
        JsonNode node = NODES.textNode(Answer.DONT_KNOW);
        for (int level = 0; level < depth; level++) {
            node = level % 2 == 0 ? NODES.arrayNode().add(node) : NODES.objectNode().set("a", node);
        }
        return node;
    }

    private void manyEntries(ObjectNode answers, Choices choices) {
        Question group = choices.oneOf(questionnaire.questions().stream().filter(Question::isGroup).toList());
        JsonNode existing = answers.get(group.id());
        JsonNode entry = existing != null && existing.isArray() && !existing.isEmpty() ? existing.get(0) : NODES.objectNode();
        ArrayNode entries = NODES.arrayNode();
        for (int count = choices.below(maxEntries + 1); count > 0; count--) {
            entries.add(entry); // one entry many times over: the validator reads it as many, and copying would cost the test
        }
        answers.set(group.id(), entries);
    }

    private static void duplicateChoice(ObjectNode target, String key) {
        JsonNode value = target.get(key);
        if (value != null && value.isArray() && !value.isEmpty()) {
            ((ArrayNode) value).add(value.get(0).deepCopy());
        } else if (value != null) {
            target.set(key, NODES.arrayNode().add(value.deepCopy()).add(value.deepCopy()));
        }
    }

    private static void entryNotObject(ObjectNode answers, Choices choices) {
        answers.forEach(value -> {
            if (value instanceof ArrayNode entries && !entries.isEmpty()) {
                entries.set(choices.below(entries.size()), anyJson(choices, 1));
            }
        });
    }

    /** Any JSON value at all, up to a depth. */
    static JsonNode anyJson(Choices choices, int depth) {
        return switch (choices.below(depth > 0 ? 8 : 6)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(choices.percent(50));
            case 2 -> NODES.numberNode(choices.number());
            case 3 -> NODES.numberNode(choices.below(Integer.MAX_VALUE) - 1_000_000);
            case 4 -> NODES.textNode(choices.text(16));
            case 5 -> NODES.textNode(Answer.DONT_KNOW);
            case 6 -> {
                ArrayNode array = NODES.arrayNode();
                for (int count = choices.below(4); count > 0; count--) {
                    array.add(anyJson(choices, depth - 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (int count = choices.below(4); count > 0; count--) {
                    object.set(choices.text(8), anyJson(choices, depth - 1));
                }
                yield object;
            }
        };
    }
}
