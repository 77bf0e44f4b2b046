package dev.attest.platform.problem;

import java.util.Optional;
import java.util.UUID;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.quarkus.logging.Log;

/**
 * Anything not mapped more narrowly: a 500 with an incident id that matches the log line, never the
 * exception's class or message, which may carry internals. The one exception is a database that cannot be reached,
 * recognised by its cause however it was wrapped: a 503 the client may retry ({@link DatabaseUnavailable}).
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Exception> {

    private final IdleConnections idleConnections;

    UnexpectedErrorMapper(IdleConnections idleConnections) {
        this.idleConnections = idleConnections;
    }

    @Override
    public Response toResponse(Exception exception) {
        Optional<Throwable> databaseUnavailable = DatabaseUnavailable.signalIn(exception);
        if (databaseUnavailable.isPresent()) {
            if (DatabaseUnavailable.lostAConnection(databaseUnavailable.get())) {
                idleConnections.discardAfterBrokenConnection();
            }
            return DatabaseUnavailable.problem(databaseUnavailable.get());
        }
        String incident = UUID.randomUUID().toString();
        Log.errorf(exception, "Unexpected error, incident %s", incident);
        return Problem.of("internal-error", "Internal error", 500,
                "Something went wrong on our side. Quote incident " + incident + " when reporting it.").toResponse();
    }
}
