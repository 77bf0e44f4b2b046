package dev.attest.actionplan.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import dev.attest.actionplan.TaskPatch;
import dev.attest.actionplan.TaskPatch.Change;
import dev.attest.actionplan.TaskStatus;
import dev.attest.platform.problem.FieldError;

/**
 * Reads a PATCH body into a {@link TaskPatch}. The body is read as JSON rather than bound to a record because a field
 * left out (unchanged) and a field sent as null (cleared) mean different things. Every bad field is collected.
 */
@ApplicationScoped
public class TaskPatchReader {

    static final List<String> FIELDS = List.of("status", "owner", "dueDate", "riskReason", "notes");
    static final int OWNER_LENGTH = 200;
    static final int TEXT_LENGTH = 10_000;

    /** The patch, with the bad fields added to {@code errors} (then the patch is incomplete and must not be used). */
    public TaskPatch read(JsonNode body, List<FieldError> errors) {
        if (body == null || body.isNull() || body.isMissingNode() || !body.isObject()) {
            errors.add(FieldError.body("/", "required: a JSON object with at least one of " + String.join(", ", FIELDS)));
            return null;
        }
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                unknown.add(name);
            }
        }
        unknown.forEach(name -> errors.add(FieldError.body("/" + name, "unknown field; expected one of "
                + String.join(", ", FIELDS))));
        if (unknown.isEmpty() && body.isEmpty()) {
            errors.add(FieldError.body("/", "nothing to change: send at least one of " + String.join(", ", FIELDS)));
        }
        return new TaskPatch(status(body.get("status"), errors),
                text(body, "owner", OWNER_LENGTH, errors),
                change(body, "dueDate", errors, "a date as YYYY-MM-DD, or null to clear it", TaskPatchReader::date),
                text(body, "riskReason", TEXT_LENGTH, errors),
                text(body, "notes", TEXT_LENGTH, errors));
    }

    private static TaskStatus status(JsonNode node, List<FieldError> errors) {
        if (node == null) {
            return null;
        }
        TaskStatus status = node.isTextual() ? TaskStatus.fromCode(node.asText()).orElse(null) : null;
        if (status == null) {
            errors.add(FieldError.body("/status", "expected one of " + TaskStatus.codes()));
        }
        return status;
    }

    /** Trimmed; blank text is as good as null. */
    private static Change<String> text(JsonNode body, String field, int maxLength, List<FieldError> errors) {
        return change(body, field, errors, "text of at most " + maxLength + " characters, or null to clear it", node -> {
            if (!node.isTextual() || node.asText().trim().length() > maxLength) {
                return null;
            }
            return node.asText().trim();
        });
    }

    private static LocalDate date(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Absent: null. Explicit null: a change to null. Otherwise the parsed value, or an error when it cannot be read. */
    private static <T> Change<T> change(JsonNode body, String field, List<FieldError> errors, String expected,
            Function<JsonNode, T> parse) {
        JsonNode node = body.get(field);
        if (node == null) {
            return null;
        }
        if (node.isNull()) {
            return new Change<>(null);
        }
        T value = parse.apply(node);
        if (value == null) {
            errors.add(FieldError.body("/" + field, expected));
            return null;
        }
        if (value instanceof String text && text.isEmpty()) {
            return new Change<>(null);
        }
        return new Change<>(value);
    }
}
