package dev.attest.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 400 with every bad field. */
@Provider
public class InvalidRequestExceptionMapper implements ExceptionMapper<InvalidRequestException> {

    @Override
    public Response toResponse(InvalidRequestException exception) {
        return Problem.of("invalid-request", "The request has invalid fields", 400,
                exception.errors().size() + " field(s) must be corrected; see errors.")
                .withErrors(exception.errors())
                .toResponse();
    }
}
