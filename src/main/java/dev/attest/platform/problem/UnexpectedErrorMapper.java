package dev.attest.platform.problem;

import java.util.Optional;
import java.util.UUID;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import dev.attest.platform.exception.Causes;
import dev.attest.platform.persistence.UniqueViolations;
import io.quarkus.logging.Log;
import io.vertx.core.http.HttpClosedException;

/**
 * Anything not mapped more narrowly: a 500 with an incident id that matches the log line, never the
 * exception's class or message, which may carry internals. Two failures are recognised by their cause however it was
 * wrapped, and answered as the client's to retry: a database that cannot be reached (503, {@link DatabaseUnavailable}),
 * and a row refused by a unique constraint because a concurrent request stored the same one first (409). The changes
 * known to race that way retry by themselves ({@link dev.attest.platform.persistence.FirstInsertRace}); the 409 is for
 * any other. A client that hung up mid-request is no error of ours and is not logged as one.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Exception> {

    private final IdleConnections idleConnections;

    UnexpectedErrorMapper(IdleConnections idleConnections) {
        this.idleConnections = idleConnections;
    }

    @Override
    public Response toResponse(Exception exception) {
        if (Causes.anyIn(exception, HttpClosedException.class::isInstance)) {
            // The client hung up while its body was read (a load generator stopping mid-request): nobody is left to
            // read an answer, and nothing on our side failed, so no incident and no error in the log.
            Log.debugf("The client closed its connection before its request was read: %s", exception.getMessage());
            return Problem.of("bad-request", "Bad Request", 400, "The request could not be read.").toResponse();
        }
        if (UniqueViolations.any(exception)) {
            // The class only: the driver's message quotes the refused row's values.
            Log.warnf("A unique constraint refused a concurrent change, answered 409 (%s)", exception.getClass().getName());
            return Problem.of("concurrent-change", "Changed at the same moment", 409, "Another request changed the "
                    + "same record at the same moment, so nothing of this request was stored. Send it again.").toResponse();
        }
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
