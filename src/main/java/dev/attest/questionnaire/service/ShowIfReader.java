package dev.attest.questionnaire.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import dev.attest.questionnaire.ShowIf;

/** Reads the {@code showIf} forms documented in docs/questionnaires.md. */
final class ShowIfReader {

    private final Consumer<String> problems;

    ShowIfReader(Consumer<String> problems) {
        this.problems = problems;
    }

    ShowIf read(JsonNode node) {
        if (node == null || !node.isObject()) {
            problems.accept("showIf must be a map such as {question: q, equals: v}");
            return null;
        }
        if (node.has("all") || node.has("any")) {
            String key = node.has("all") ? "all" : "any";
            List<ShowIf> conditions = readList(node.get(key), key);
            onlyKeys(node, key);
            return key.equals("all") ? new ShowIf.All(conditions) : new ShowIf.Any(conditions);
        }
        if (node.has("not")) {
            onlyKeys(node, "not");
            ShowIf inner = read(node.get("not"));
            return inner == null ? null : new ShowIf.Not(inner);
        }
        ShowIf.Reference ref = readReference(node);
        if (ref == null) {
            return null;
        }
        String refKey = ref.sibling() ? "field" : "question";
        if (node.has("equals")) {
            onlyKeys(node, refKey, "equals");
            return new ShowIf.Equals(ref, scalar(node.get("equals")));
        }
        if (node.has("in")) {
            onlyKeys(node, refKey, "in");
            JsonNode values = node.get("in");
            if (!values.isArray() || values.isEmpty()) {
                problems.accept("showIf 'in' must be a non-empty list");
                return null;
            }
            List<Object> list = new ArrayList<>();
            values.forEach(value -> list.add(scalar(value)));
            return new ShowIf.In(ref, list);
        }
        if (node.has("contains")) {
            onlyKeys(node, refKey, "contains");
            return new ShowIf.Contains(ref, scalar(node.get("contains")));
        }
        if (node.has("greaterThan") || node.has("lessThan")) {
            String key = node.has("greaterThan") ? "greaterThan" : "lessThan";
            onlyKeys(node, refKey, key);
            if (!node.get(key).isNumber()) {
                problems.accept("showIf '" + key + "' needs a number");
                return null;
            }
            return new ShowIf.Compare(ref, node.get(key).asDouble(), key.equals("greaterThan"));
        }
        if (node.has("answered")) {
            onlyKeys(node, refKey, "answered");
            return new ShowIf.Answered(ref, node.get("answered").asBoolean());
        }
        problems.accept("showIf needs one of equals, in, contains, greaterThan, lessThan, answered, all, any, not");
        return null;
    }

    private List<ShowIf> readList(JsonNode node, String key) {
        List<ShowIf> conditions = new ArrayList<>();
        if (node == null || !node.isArray() || node.isEmpty()) {
            problems.accept("showIf '" + key + "' must be a non-empty list of conditions");
            return conditions;
        }
        node.forEach(item -> {
            ShowIf condition = read(item);
            if (condition != null) {
                conditions.add(condition);
            }
        });
        return conditions;
    }

    private ShowIf.Reference readReference(JsonNode node) {
        if (node.has("question") == node.has("field")) {
            problems.accept("showIf must name exactly one of 'question' (top level) or 'field' (same group entry)");
            return null;
        }
        boolean sibling = node.has("field");
        return new ShowIf.Reference(node.get(sibling ? "field" : "question").asText(), sibling);
    }

    private void onlyKeys(JsonNode node, String... allowed) {
        List<String> known = List.of(allowed);
        node.fieldNames().forEachRemaining(key -> {
            if (!known.contains(key)) {
                problems.accept("showIf has an unexpected key '" + key + "' beside " + String.join(", ", known));
            }
        });
    }

    private static Object scalar(JsonNode value) {
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        return value.asText();
    }
}
