package dev.attest.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * JSON of the wrong shape (an array where an object belongs, a body that is a bare string). Declared for this
 * exact type so that it replaces the framework's own mapper, which answers such bodies with an empty 400.
 */
@Provider
public class MismatchedInputExceptionMapper implements ExceptionMapper<MismatchedInputException> {

    private final JsonBodyExceptionMapper jsonBody = new JsonBodyExceptionMapper();

    @Override
    public Response toResponse(MismatchedInputException exception) {
        return jsonBody.toResponse(exception);
    }
}
