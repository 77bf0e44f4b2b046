package dev.attest.questionnaire.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.attest.platform.time.IsoDate;
import dev.attest.questionnaire.Question;
import dev.attest.questionnaire.QuestionType;
import dev.attest.rules.fact.Answer;

/** Reads one answer value by the question's type; says in plain words what was expected. */
final class AnswerValueParser {

    static final int MAX_TEXT_LENGTH = 5_000;

    /** A parsed value, "don't know", or the reason it was refused. */
    record Parsed(Object value, boolean unknown, String error) {
        static Parsed of(Object value) {
            return new Parsed(value, false, null);
        }

        static Parsed dontKnow() {
            return new Parsed(null, true, null);
        }

        static Parsed refused(String error) {
            return new Parsed(null, false, error);
        }

        boolean ok() {
            return error == null;
        }

        /** The value other questions' conditions may read: none for "don't know" or refused answers. */
        Object visibleValue() {
            return ok() && !unknown ? value : null;
        }
    }

    private AnswerValueParser() {
    }

    static Parsed parse(Question question, JsonNode node) {
        boolean dontKnow = node.isTextual() && Answer.DONT_KNOW.equals(node.asText());
        if (dontKnow && question.dontKnow()) {
            return Parsed.dontKnow();
        }
        if (dontKnow && question.type() != QuestionType.TEXT) {
            return Parsed.refused("\"don't know\" is not accepted for this question");
        }
        return switch (question.type()) {
            case YESNO -> node.isBoolean() ? Parsed.of(node.asBoolean()) : Parsed.refused("expected true or false");
            case SINGLE -> single(question, node);
            case MULTI -> multi(question, node);
            case NUMBER -> number(question, node);
            case DATE -> date(node);
            case TEXT -> text(node);
            case GROUP -> Parsed.refused("a repeated group is read entry by entry");
        };
    }

    private static Parsed single(Question question, JsonNode node) {
        if (!node.isTextual() || !question.hasOption(node.asText())) {
            return Parsed.refused("expected one of: " + optionList(question));
        }
        return Parsed.of(node.asText());
    }

    private static Parsed multi(Question question, JsonNode node) {
        if (!node.isArray()) {
            return Parsed.refused("expected a list of options from: " + optionList(question));
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (JsonNode item : node) {
            if (!item.isTextual() || !question.hasOption(item.asText())) {
                return Parsed.refused("'" + item.asText() + "' is not one of: " + optionList(question));
            }
            if (!chosen.add(item.asText())) {
                return Parsed.refused("'" + item.asText() + "' is chosen twice");
            }
        }
        return Parsed.of(List.copyOf(new ArrayList<>(chosen)));
    }

    private static Parsed number(Question question, JsonNode node) {
        if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
            return Parsed.refused("expected a number");
        }
        double value = node.asDouble();
        if (question.min() != null && value < question.min()) {
            return Parsed.refused("must be at least " + plain(question.min()));
        }
        if (question.max() != null && value > question.max()) {
            return Parsed.refused("must be at most " + plain(question.max()));
        }
        return Parsed.of(value);
    }

    private static Parsed date(JsonNode node) {
        return (node.isTextual() ? IsoDate.parse(node.asText()) : Optional.<LocalDate>empty()).map(Parsed::of)
                .orElseGet(() -> Parsed.refused("expected a date as YYYY-MM-DD"));
    }

    private static Parsed text(JsonNode node) {
        if (!node.isTextual()) {
            return Parsed.refused("expected text");
        }
        if (node.asText().length() > MAX_TEXT_LENGTH) {
            return Parsed.refused("text is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        return Parsed.of(node.asText());
    }

    private static String optionList(Question question) {
        return String.join(", ", question.options().stream().map(option -> option.value()).toList());
    }

    private static String plain(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }
}
