package dev.attest.rules.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import dev.attest.platform.problem.Problem;
import dev.attest.rules.engine.RuleEvaluationException;
import io.quarkus.logging.Log;

/** A rule failed or ran past its bound: a clear 500, never an empty "compliant" result. */
@Provider
public class RuleEvaluationExceptionMapper implements ExceptionMapper<RuleEvaluationException> {

    @Override
    public Response toResponse(RuleEvaluationException exception) {
        Log.error("Evaluation failed", exception);
        return Problem.of("rule-evaluation-failed", "The rules could not evaluate these answers", 500, exception.getMessage())
                .toResponse();
    }
}
