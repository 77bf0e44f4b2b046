package dev.attest.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;

import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

/** Which failures are a unique constraint refusing a row, by name or at all. */
class UniqueViolationsTest {

    private static final SQLException DUPLICATE = new SQLException(
            "duplicate key value violates unique constraint \"remediation_task_unique\"", "23505");

    @Test
    void shouldFindTheNamedConstraintUnderAFailedFlush() {
        ConstraintViolationException violation = new ConstraintViolationException("could not execute statement",
                DUPLICATE, "insert into remediation_task ...", "remediation_task_unique");

        assertThat(UniqueViolations.of(new PersistenceException(violation), "remediation_task_unique")).isTrue();
        assertThat(UniqueViolations.of(new PersistenceException(violation), "action_plan_step_unique")).isFalse();
        assertThat(UniqueViolations.any(new PersistenceException(violation))).isTrue();
    }

    @Test
    void shouldFindItUnderAFailedCommitWhereTheDriversErrorIsOnlySuppressed() {
        RollbackException commit = new RollbackException("Could not commit transaction.");
        commit.addSuppressed(new PersistenceException(DUPLICATE));

        assertThat(UniqueViolations.of(new IllegalStateException(commit), "remediation_task_unique")).isTrue();
        assertThat(UniqueViolations.any(new IllegalStateException(commit))).isTrue();
    }

    @Test
    void shouldNotTakeOtherFailuresForOne() {
        SQLException notNull = new SQLException("null value in column \"status\"", "23502");
        SQLException lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");

        assertThat(UniqueViolations.any(new PersistenceException(notNull))).isFalse();
        assertThat(UniqueViolations.any(new PersistenceException(lost))).isFalse();
        assertThat(UniqueViolations.any(new IllegalStateException("a bug"))).isFalse();
        assertThat(UniqueViolations.of(new IllegalStateException("a bug"), "remediation_task_unique")).isFalse();
    }
}
