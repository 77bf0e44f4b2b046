package dev.attest.platform.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
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

    /** Agroal's message when no pooled connection came free within the acquisition timeout; it carries no SQLState. */
    private static final String POOL_EXHAUSTED = "Sorry, acquisition timeout!";

    private DatabaseUnavailable() {
    }

    static Response problem(Throwable failure) {
        Log.warnf("Database unavailable, answered 503: %s", rootMessage(failure));
        return Response.fromResponse(Problem.of("database-unavailable", "Database unavailable", 503,
                "The database cannot be reached just now; nothing of this request was stored. Try again in "
                        + RETRY_AFTER_SECONDS + " s.").toResponse())
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    static boolean isCauseOf(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, Boolean.TRUE) == null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && signalsUnavailable(sql)) {
                return true;
            }
        }
        return false;
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

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static boolean isH2(SQLException sql) {
        return sql.getClass().getName().startsWith("org.h2.");
    }
}
