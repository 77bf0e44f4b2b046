package dev.attest.platform.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A body that is not JSON, or JSON of the wrong shape: 400 naming where it went wrong, without parser internals. */
@Provider
public class JsonBodyExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException exception) {
        FieldError error;
        if (exception instanceof JsonParseException) {
            String where = exception.getLocation() == null ? ""
                    : " at line " + exception.getLocation().getLineNr() + ", column " + exception.getLocation().getColumnNr();
            error = FieldError.body("", "the body is not valid JSON" + where);
        } else if (exception instanceof JsonMappingException mapping) {
            error = FieldError.body(pointer(mapping.getPath()), "this field has the wrong type or shape");
        } else {
            error = FieldError.body("", "the body could not be read as JSON");
        }
        return Problem.of("invalid-request", "The request has invalid fields", 400, "The JSON body could not be read.")
                .withErrors(List.of(error))
                .toResponse();
    }

    private static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            pointer.append('/').append(reference.getFieldName() != null ? reference.getFieldName() : reference.getIndex());
        }
        return pointer.toString();
    }
}
