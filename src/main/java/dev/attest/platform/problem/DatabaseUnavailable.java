package dev.attest.platform.problem;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.core.Response;

import io.quarkus.logging.Log;

/**
 * Tells a failure of the database itself (down, unreachable, restarting, out of disk, its pool exhausted) from a
 * fault in the request or in our code, by the SQL exceptions somewhere in the cause chain, however wrapped (a failed
 * commit arrives inside a RollbackException). Such a failure is worth retrying: the answer is a quick 503 with
 * {@code Retry-After} rather than a 500. The transaction was rolled back, so nothing of the request was stored.
 */
final class DatabaseUnavailable {

    /** Seconds a client should wait: a restarting database or a freed pool is usually back within that. */
    static final int RETRY_AFTER_SECONDS = 5;

    /** SQLState classes: 08 connection exception; 53 insufficient resources (disk full, out of memory); 57P shutdown or starting up. */
    private static final Set<String> UNAVAILABLE_STATE_PREFIXES = Set.of("08", "53", "57P");

    /** H2's codes for the same: database closed, file input or output failed, closed while shutting down. */
    private static final Set<Integer> H2_UNAVAILABLE_CODES = Set.of(90098, 90028, 90031, 90121);

    /** Of those, the ones that say H2 closed the database: its open connections are dead. */
    private static final Set<Integer> H2_CLOSED_CODES = Set.of(90098, 90121);

    /** Agroal's message when no pooled connection came free within the acquisition timeout; it carries no SQLState. */
    private static final String POOL_EXHAUSTED = "Sorry, acquisition timeout!";

    private DatabaseUnavailable() {
    }

    /** The exception that shows the database unavailable, if any is among the causes or suppressed of {@code failure}. */
    static Optional<Throwable> signalIn(Throwable failure) {
        return Optional.ofNullable(signalIn(failure, false, Collections.newSetFromMap(new IdentityHashMap<>())));
    }

    /**
     * Whether {@code signal} shows a connection lost (the database went away or is restarting) rather than a full
     * disk or an exhausted pool, where the pooled connections themselves still work.
     */
    static boolean lostAConnection(Throwable signal) {
        if (!(signal instanceof SQLException sql) || POOL_EXHAUSTED.equals(sql.getMessage())) {
            return false;
        }
        String state = sql.getSQLState();
        return sql instanceof SQLTransientConnectionException || sql instanceof SQLNonTransientConnectionException
                || state != null && (state.startsWith("08") || state.startsWith("57P"))
                || isH2(sql) && H2_CLOSED_CODES.contains(sql.getErrorCode());
    }

    static Response problem(Throwable signal) {
        Log.warnf("Database unavailable, answered 503: %s", signal.getMessage());
        return Response.fromResponse(Problem.of("database-unavailable", "Database unavailable", 503,
                "The database cannot be used just now; nothing of this request was stored. Try again in "
                        + RETRY_AFTER_SECONDS + " s.").toResponse())
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    /**
     * Follows causes and suppressed exceptions: a commit that fails arrives as a RollbackException whose driver error
     * is only attached as suppressed.
     */
    private static Throwable signalIn(Throwable failure, boolean belowH2, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return null;
        }
        boolean fromH2 = belowH2 || failure.getClass().getName().startsWith("org.h2.");
        // H2 reports a failed write to its file (a full disk) as a general error caused by the IOException.
        if (failure instanceof SQLException sql && signalsUnavailable(sql) || fromH2 && failure instanceof IOException) {
            return failure;
        }
        Throwable signal = signalIn(failure.getCause(), fromH2, seen);
        for (int i = 0; signal == null && i < failure.getSuppressed().length; i++) {
            signal = signalIn(failure.getSuppressed()[i], fromH2, seen);
        }
        return signal;
    }

    private static boolean signalsUnavailable(SQLException sql) {
        if (sql instanceof SQLTransientConnectionException || sql instanceof SQLNonTransientConnectionException) {
            return true;
        }
        String state = sql.getSQLState();
        if (state != null && UNAVAILABLE_STATE_PREFIXES.stream().anyMatch(state::startsWith)) {
            return true;
        }
        return isH2(sql) && H2_UNAVAILABLE_CODES.contains(sql.getErrorCode()) || POOL_EXHAUSTED.equals(sql.getMessage());
    }

    private static boolean isH2(SQLException sql) {
        return sql.getClass().getName().startsWith("org.h2.");
    }
}
