package dev.attest.web.service;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.questionnaire.Question;
import dev.attest.questionnaire.QuestionType;
import dev.attest.questionnaire.Visibility;
import dev.attest.rules.fact.Answer;

/**
 * Reads a posted step into answers of the questionnaire's shape. Fields are named {@code q.<id>} and
 * {@code g.<group>.<index>.<field>}; a {@code dk.<name>} checkbox means "don't know". A value that does not parse
 * (a number typed as words) is kept as typed text, so the validator refuses it and the page shows it again.
 */
final class FormReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FormReader() {
    }

    /** Reads the questions the page showed: {@code shown} says which. */
    static SectionInput read(List<Question> questions, Visibility shown, Map<String, List<String>> form) {
        ObjectNode updates = NODES.objectNode();
        Set<String> cleared = new HashSet<>();
        for (Question question : questions) {
            if (!shown.shows(question.id())) {
                continue;
            }
            JsonNode value = question.isGroup() ? group(question, form) : value(question, "q." + question.id(), form);
            if (value == null) {
                cleared.add(question.id());
            } else {
                updates.set(question.id(), value);
            }
        }
        return new SectionInput(updates, cleared);
    }

    private static JsonNode group(Question group, Map<String, List<String>> form) {
        String prefix = "g." + group.id() + ".";
        Set<Integer> indices = new TreeSet<>();
        for (String name : form.keySet()) {
            String plain = name.startsWith("dk.") ? name.substring(3) : name;
            if (plain.startsWith(prefix)) {
                String rest = plain.substring(prefix.length());
                int dot = rest.indexOf('.');
                if (dot > 0 && rest.substring(0, dot).chars().allMatch(Character::isDigit) && dot < 4) {
                    indices.add(Integer.parseInt(rest.substring(0, dot)));
                }
            }
        }
        ArrayNode entries = NODES.arrayNode();
        for (int index : indices) {
            ObjectNode entry = NODES.objectNode();
            for (Question field : group.fields()) {
                JsonNode value = value(field, prefix + index + "." + field.id(), form);
                if (value != null && !(value.isArray() && value.isEmpty())) {
                    entry.set(field.id(), value);
                }
            }
            if (!entry.isEmpty()) {
                entries.add(entry);
            }
        }
        return entries.isEmpty() ? null : entries;
    }

    /** One field's answer, or null when left empty. */
    static JsonNode value(Question question, String name, Map<String, List<String>> form) {
        List<String> values = form.getOrDefault(name, List.of());
        String first = values.isEmpty() ? "" : values.get(0).trim();
        if (form.containsKey("dk." + name) || Answer.DONT_KNOW.equals(first)) {
            return NODES.textNode(Answer.DONT_KNOW);
        }
        if (question.type() == QuestionType.MULTI) {
            ArrayNode chosen = NODES.arrayNode();
            values.stream().filter(v -> !v.isBlank()).forEach(chosen::add);
            return form.containsKey("m." + name) || !chosen.isEmpty() ? chosen : null;
        }
        if (first.isEmpty()) {
            return null;
        }
        return switch (question.type()) {
            case YESNO -> "yes".equals(first) ? NODES.booleanNode(true)
                    : "no".equals(first) ? NODES.booleanNode(false) : NODES.textNode(first);
            case NUMBER -> number(first);
            default -> NODES.textNode(first);
        };
    }

    private static JsonNode number(String typed) {
        try {
            BigDecimal number = new BigDecimal(typed.replace(',', '.').replace(" ", ""));
            return number.scale() <= 0 ? NODES.numberNode(number.longValueExact()) : NODES.numberNode(number.doubleValue());
        } catch (NumberFormatException | ArithmeticException e) {
            return NODES.textNode(typed);
        }
    }
}
