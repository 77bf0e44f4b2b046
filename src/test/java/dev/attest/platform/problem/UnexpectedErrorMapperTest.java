package dev.attest.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import io.vertx.core.http.HttpClosedException;

/** The answers to failures no narrower mapper took: a concurrent change (409), a client gone (no incident). */
class UnexpectedErrorMapperTest {

    @Test
    void shouldAnswerAUniqueViolationUnderAFailedCommitWithAConflictToRetry() {
        RollbackException commit = new RollbackException("Could not commit transaction.");
        commit.addSuppressed(new PersistenceException(
                new SQLException("duplicate key value violates unique constraint", "23505")));

        Response answer = new UnexpectedErrorMapper(null).toResponse(new IllegalStateException(commit));

        assertThat(answer.getStatus()).isEqualTo(409);
        Problem problem = (Problem) answer.getEntity();
        assertThat(problem.type()).isEqualTo("urn:attest:problem:concurrent-change");
        assertThat(problem.detail()).startsWith("Another request changed the same record at the same moment");
    }

    @Test
    void shouldNotCountAClientThatHungUpMidRequestAsAnIncident() {
        IOException hungUp = new IOException(new IOException(new HttpClosedException("Connection was closed")));

        Response answer = new UnexpectedErrorMapper(null).toResponse(hungUp);

        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(((Problem) answer.getEntity()).type()).isEqualTo("urn:attest:problem:bad-request");
    }
}
