package dev.attest.transfer.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import dev.attest.platform.problem.FieldError;
import dev.attest.platform.problem.InvalidRequestException;

/**
 * Reads typed fields out of an import document and collects every bad one, named by its JSON Pointer, so one 400
 * lists them all. A getter returns null for a bad or missing field after noting the error.
 */
final class DocumentFields {

    private final List<FieldError> errors = new ArrayList<>();

    void error(String pointer, String reason) {
        errors.add(FieldError.body(pointer, reason));
    }

    void addAll(List<FieldError> more) {
        errors.addAll(more);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    /** A required string of at most {@code maxLength} characters. */
    String text(JsonNode parent, String pointer, String name, int maxLength) {
        JsonNode node = parent.get(name);
        String at = pointer + "/" + name;
        if (node == null || node.isNull()) {
            error(at, "required");
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            error(at, "expected a non-empty string");
            return null;
        }
        if (node.asText().length() > maxLength) {
            error(at, "at most " + maxLength + " characters");
            return null;
        }
        return node.asText();
    }

    /** An optional string: null when absent or null. */
    String optionalText(JsonNode parent, String pointer, String name, int maxLength) {
        JsonNode node = parent.get(name);
        return node == null || node.isNull() ? null : text(parent, pointer, name, maxLength);
    }

    Instant instant(JsonNode parent, String pointer, String name, boolean required) {
        return temporal(parent, pointer, name, required, "an ISO-8601 instant such as 2026-11-28T10:00:00Z",
                text -> Instant.parse(text).truncatedTo(ChronoUnit.MICROS));
    }

    LocalDate date(JsonNode parent, String pointer, String name) {
        return date(parent, pointer, name, true);
    }

    LocalDate date(JsonNode parent, String pointer, String name, boolean required) {
        return temporal(parent, pointer, name, required, "an ISO-8601 date such as 2026-11-28", LocalDate::parse);
    }

    /** A date or time written as text; absent or null is an error only when {@code required}. */
    private <T> T temporal(JsonNode parent, String pointer, String name, boolean required, String expected,
            Function<String, T> parse) {
        JsonNode node = parent.get(name);
        String at = pointer + "/" + name;
        if (node == null || node.isNull()) {
            if (required) {
                error(at, "required");
            }
            return null;
        }
        if (node.isTextual()) {
            try {
                return parse.apply(node.asText());
            } catch (DateTimeParseException e) {
                // reported below, like a value that is not text
            }
        }
        error(at, "expected " + expected);
        return null;
    }

    Integer integer(JsonNode parent, String pointer, String name, int min) {
        JsonNode node = parent.get(name);
        String at = pointer + "/" + name;
        if (node == null || node.isNull()) {
            error(at, "required");
            return null;
        }
        if (!node.isInt() || node.asInt() < min) {
            error(at, "expected a whole number from " + min);
            return null;
        }
        return node.asInt();
    }

    Boolean bool(JsonNode parent, String pointer, String name) {
        JsonNode node = parent.get(name);
        String at = pointer + "/" + name;
        if (node == null || !node.isBoolean()) {
            error(at, node == null || node.isNull() ? "required" : "expected true or false");
            return null;
        }
        return node.asBoolean();
    }

    /** An optional boolean: {@code absent} when left out or null. */
    Boolean optionalBool(JsonNode parent, String pointer, String name, boolean absent) {
        JsonNode node = parent.get(name);
        return node == null || node.isNull() ? Boolean.valueOf(absent) : bool(parent, pointer, name);
    }

    /** A required JSON object; null (with an error) otherwise. */
    JsonNode object(JsonNode parent, String pointer, String name) {
        JsonNode node = parent.get(name);
        if (node == null || !node.isObject()) {
            error(pointer + "/" + name, node == null || node.isNull() ? "required" : "expected a JSON object");
            return null;
        }
        return node;
    }

    /** An optional JSON array: empty when left out or null, null (with an error) when not an array. */
    JsonNode optionalArray(JsonNode parent, String pointer, String name) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        return array(parent, pointer, name);
    }

    /** A required JSON array; null (with an error) otherwise. */
    JsonNode array(JsonNode parent, String pointer, String name) {
        JsonNode node = parent.get(name);
        if (node == null || !node.isArray()) {
            error(pointer + "/" + name, node == null || node.isNull() ? "required" : "expected a JSON array");
            return null;
        }
        return node;
    }
}
