package dev.attest.draft.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import dev.attest.draft.service.DraftSubmittedException;
import dev.attest.platform.problem.Problem;

/** 409: a submitted draft is closed; the detail names the assessment it became. */
@Provider
public class DraftSubmittedExceptionMapper implements ExceptionMapper<DraftSubmittedException> {

    @Override
    public Response toResponse(DraftSubmittedException exception) {
        return Problem.of("draft-submitted", "Draft already submitted", 409, exception.getMessage()).toResponse();
    }
}
