package dev.attest.platform.problem;

import java.io.CharConversionException;
import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body whose bytes cannot be decoded at all. The JSON parser guesses the encoding from the first bytes, and bytes it
 * takes for UTF-32 that then hold no character end as this {@code IOException}, not as a parse error; found by fuzzing
 * (docs/reliability.md), it used to fall through to the 500 of {@link UnexpectedErrorMapper}.
 */
@Provider
public class CharConversionExceptionMapper implements ExceptionMapper<CharConversionException> {

    @Override
    public Response toResponse(CharConversionException exception) {
        return Problem.of("invalid-request", "The request has invalid fields", 400, "The JSON body could not be read.")
                .withErrors(List.of(FieldError.body("", "the body is not text in UTF-8, UTF-16 or UTF-32")))
                .toResponse();
    }
}
