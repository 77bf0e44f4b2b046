package dev.attest.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.questionnaire.AnswerOption;
import dev.attest.questionnaire.Question;
import dev.attest.questionnaire.Questionnaire;
import dev.attest.questionnaire.Visibility;
import dev.attest.questionnaire.service.AnswerValidator;
import dev.attest.rules.fact.Answer;

/**
 * Generates answer sets a questionnaire accepts as a submission, from its definition alone: every visible required
 * question answered, most optional ones too, values of the right type within their options and bounds, "don't know"
 * where allowed, repeated groups with a few entries, and no answer to a question its {@code showIf} hides. Visibility
 * is worked out by the validator itself, round after round, until the answers stop changing it.
 */
public final class AnswerSets {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_ROUNDS = 30;
    private static final List<String> WORDS = List.of("orders", "newsletter", "payroll", "Kundenkonto", "доставка",
            "analytics", "support tickets", "loyalty card");

    private final Questionnaire questionnaire;
    private final AnswerValidator validator = new AnswerValidator();

    public AnswerSets(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    /** A submission: visibility settled, every shown required question answered. */
    public ObjectNode valid(Choices choices) {
        ObjectNode answers = NODES.objectNode();
        Set<String> decided = new HashSet<>();
        for (int round = 0; round < MAX_ROUNDS && settle(answers, decided, choices); round++) {
            // each round answers what the previous one made visible and drops what it hid
        }
        return answers;
    }

    /** Answers the questions the answers now show (once each), drops answers to those they hide; true if anything changed. */
    public boolean settle(ObjectNode answers, Set<String> decided, Choices choices) {
        Visibility shown = validator.visibility(questionnaire, answers);
        boolean changed = false;
        for (Question question : questionnaire.questions()) {
            String id = question.id();
            if (!shown.shows(id)) {
                changed |= answers.remove(id) != null;
            } else if (!answers.has(id)) {
                if (question.required() || decided.add(id) && choices.percent(80)) {
                    answers.set(id, question.isGroup() ? group(question, choices) : value(question, choices));
                    changed = true;
                }
            } else if (question.isGroup() && answers.get(id).isArray()) {
                changed |= settleEntries(question, (ArrayNode) answers.get(id), shown, decided, choices);
            }
        }
        return changed;
    }

    private boolean settleEntries(Question group, ArrayNode entries, Visibility shown, Set<String> decided, Choices choices) {
        boolean changed = false;
        for (int index = 0; index < entries.size(); index++) {
            ObjectNode entry = (ObjectNode) entries.get(index);
            Set<String> fields = shown.fields(group.id(), index);
            for (Question field : group.fields()) {
                if (!fields.contains(field.id())) {
                    changed |= entry.remove(field.id()) != null;
                } else if (!entry.has(field.id())
                        && (field.required() || decided.add(group.id() + "/" + index + "/" + field.id()) && choices.percent(85))) {
                    entry.set(field.id(), value(field, choices));
                    changed = true;
                }
            }
        }
        return changed;
    }

    private JsonNode group(Question group, Choices choices) {
        if (group.dontKnow() && choices.percent(5)) {
            return NODES.textNode(Answer.DONT_KNOW);
        }
        int least = group.minItems() == null ? 0 : group.minItems();
        int most = Math.max(least, Math.min(group.maxItems() == null ? 4 : group.maxItems(), 4));
        ArrayNode entries = NODES.arrayNode();
        for (int count = least + choices.below(most - least + 1); count > 0; count--) {
            entries.addObject();
        }
        return entries;
    }

    /** A value the question accepts; "don't know" now and then where it is allowed. */
    public JsonNode value(Question question, Choices choices) {
        if (question.dontKnow() && choices.percent(12)) {
            return NODES.textNode(Answer.DONT_KNOW);
        }
        List<JsonNode> candidates = candidates(question);
        return switch (question.type()) {
            case MULTI -> {
                ArrayNode chosen = NODES.arrayNode();
                question.options().stream().filter(option -> choices.percent(30)).forEach(option -> chosen.add(option.value()));
                yield chosen;
            }
            case NUMBER -> NODES.numberNode(number(question, choices));
            case DATE -> NODES.textNode(LocalDate.of(2015, 1, 1).plusDays(choices.below(13 * 365)).toString());
            case TEXT -> NODES.textNode(choices.oneOf(WORDS) + " " + choices.below(1000));
            default -> choices.oneOf(candidates);
        };
    }

    /**
     * A few representative values of a question (never "don't know"): both answers of a yes/no question, every option
     * alone (and none) of a choice, the bounds and a middle of a number.
     */
    public List<JsonNode> candidates(Question question) {
        List<JsonNode> values = new ArrayList<>();
        switch (question.type()) {
            case YESNO -> {
                values.add(NODES.booleanNode(true));
                values.add(NODES.booleanNode(false));
            }
            case SINGLE -> question.options().forEach(option -> values.add(NODES.textNode(option.value())));
            case MULTI -> {
                values.add(NODES.arrayNode());
                for (AnswerOption option : question.options()) {
                    values.add(NODES.arrayNode().add(option.value()));
                }
            }
            case NUMBER -> {
                double low = question.min() == null ? 0 : question.min();
                double high = question.max() == null ? low + 1000 : question.max();
                values.add(NODES.numberNode(low));
                values.add(NODES.numberNode(Math.floor((low + Math.min(high, low + 1_000_000)) / 2)));
                values.add(NODES.numberNode(high));
            }
            case DATE -> {
                values.add(NODES.textNode("2020-01-01"));
                values.add(NODES.textNode("2026-11-01"));
            }
            case TEXT -> values.add(NODES.textNode("as described"));
            case GROUP -> values.add(NODES.arrayNode());
        }
        return values;
    }

    private static double number(Question question, Choices choices) {
        double low = question.min() == null ? 0 : question.min();
        double high = question.max() == null ? low + 1000 : question.max();
        if (choices.percent(15)) {
            return choices.percent(50) ? low : high;
        }
        double span = Math.min(high - low, 100_000);
        double value = low + choices.below((int) span + 1);
        return choices.percent(10) && value + 0.5 <= high ? value + 0.5 : value;
    }
}
