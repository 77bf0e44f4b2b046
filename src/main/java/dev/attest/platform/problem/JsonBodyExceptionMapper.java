package dev.attest.platform.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A body that is not JSON, or JSON of the wrong shape: 400 naming where it went wrong, without parser internals. */
@Provider
public class JsonBodyExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return Problem.of("invalid-request", "The request has invalid fields", 400, "The JSON body could not be read.")
                .withErrors(List.of(error(exception)))
                .toResponse();
    }

    /**
     * The parser's own failure comes first, even when it happened inside a field being bound and arrives wrapped as a
     * mapping error: a body cut short is "not valid JSON", not "the wrong type".
     */
    private static FieldError error(JsonProcessingException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof StreamConstraintsException limit) {
                return FieldError.body("", "the body goes beyond what this service reads: " + limit(limit));
            }
            if (cause instanceof JsonParseException parse) {
                return FieldError.body("", notValid(parse));
            }
        }
        if (exception instanceof JsonMappingException mapping) {
            return FieldError.body(pointer(mapping.getPath()), "this field has the wrong type or shape");
        }
        return FieldError.body("", "the body could not be read as JSON");
    }

    private static String notValid(JsonParseException parse) {
        String where = parse.getLocation() == null ? ""
                : " at line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr();
        String message = parse.getOriginalMessage() == null ? "" : parse.getOriginalMessage();
        if (message.startsWith("Duplicate field '")) {
            String key = message.substring("Duplicate field '".length(), message.lastIndexOf('\''));
            return "the body is not valid JSON" + where + ": the key '" + key + "' appears twice in one object";
        }
        return "the body is not valid JSON" + where;
    }

    /** The limit in words; the parser's message names its own configuration classes. */
    private static String limit(StreamConstraintsException limit) {
        String message = limit.getOriginalMessage() == null ? "" : limit.getOriginalMessage();
        if (message.contains("nesting depth")) {
            return "arrays and objects nested more than 1000 levels deep";
        }
        if (message.contains("Number value length")) {
            return "a number longer than 1000 digits";
        }
        if (message.contains("String value length") || message.contains("Name length")) {
            return "a string longer than the body limit";
        }
        return "a limit of the JSON reader";
    }

    private static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            pointer.append('/').append(reference.getFieldName() != null ? reference.getFieldName() : reference.getIndex());
        }
        return pointer.toString();
    }
}
