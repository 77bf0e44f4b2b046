package dev.attest.web.service;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.questionnaire.ShowIf;
import dev.attest.questionnaire.Visibility;
import dev.attest.rules.fact.Answer;

/**
 * A {@code showIf} condition as {@code static/attest.js} reads it from a question's {@code data-show-if}: the
 * questionnaire's own keys (equals, in, contains, greaterThan, lessThan, answered, all, any, not), with each reference
 * turned into the form field {@code name} it reads on this page. A question asked on another step cannot change here,
 * so its saved answer is written in as {@code value} (null when hidden or "don't know", as the validator sees it).
 */
final class ShowIfJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Set<String> onPage;
    private final JsonNode answers;
    private final Visibility visibility;

    ShowIfJson(Set<String> onPage, JsonNode answers, Visibility visibility) {
        this.onPage = onPage;
        this.answers = answers;
        this.visibility = visibility;
    }

    /** The condition of a top-level question, or of a field in entry {@code index} of {@code group} (else null). */
    String write(ShowIf condition, String group, int index) {
        if (condition == null) {
            return null;
        }
        return node(condition, group == null ? null : "g." + group + "." + index + ".").toString();
    }

    private ObjectNode node(ShowIf condition, String siblingPrefix) {
        if (condition instanceof ShowIf.All all) {
            return list("all", all.conditions(), siblingPrefix);
        }
        if (condition instanceof ShowIf.Any any) {
            return list("any", any.conditions(), siblingPrefix);
        }
        if (condition instanceof ShowIf.Not not) {
            ObjectNode node = NODES.objectNode();
            node.set("not", node(not.condition(), siblingPrefix));
            return node;
        }
        if (condition instanceof ShowIf.Equals equals) {
            return leaf(equals.ref(), siblingPrefix).set("equals", scalar(equals.value()));
        }
        if (condition instanceof ShowIf.In in) {
            ArrayNode values = NODES.arrayNode();
            in.values().forEach(value -> values.add(scalar(value)));
            return leaf(in.ref(), siblingPrefix).set("in", values);
        }
        if (condition instanceof ShowIf.Contains contains) {
            return leaf(contains.ref(), siblingPrefix).set("contains", scalar(contains.value()));
        }
        if (condition instanceof ShowIf.Compare compare) {
            return leaf(compare.ref(), siblingPrefix).put(compare.above() ? "greaterThan" : "lessThan", compare.bound());
        }
        ShowIf.Answered answered = (ShowIf.Answered) condition;
        return leaf(answered.ref(), siblingPrefix).put("answered", answered.answered());
    }

    private ObjectNode list(String key, List<ShowIf> conditions, String siblingPrefix) {
        ObjectNode node = NODES.objectNode();
        ArrayNode items = node.putArray(key);
        conditions.forEach(condition -> items.add(node(condition, siblingPrefix)));
        return node;
    }

    private ObjectNode leaf(ShowIf.Reference ref, String siblingPrefix) {
        ObjectNode node = NODES.objectNode();
        if (ref.sibling()) {
            return node.put("name", siblingPrefix + ref.id());
        }
        if (onPage.contains(ref.id())) {
            return node.put("name", "q." + ref.id());
        }
        JsonNode saved = answers.get(ref.id());
        boolean known = saved != null && visibility.shows(ref.id())
                && !(saved.isTextual() && Answer.DONT_KNOW.equals(saved.asText()));
        return node.set("value", known ? saved.deepCopy() : NODES.nullNode());
    }

    private static JsonNode scalar(Object value) {
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof Number number) {
            return NODES.numberNode(number.doubleValue());
        }
        return NODES.textNode(String.valueOf(value));
    }
}
