package dev.attest.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;

import org.h2.jdbc.JdbcSQLNonTransientException;
import org.junit.jupiter.api.Test;

/** Which failures are the database being unavailable (a 503 to retry) and which are faults (a 500). */
class DatabaseUnavailableTest {

    @Test
    void shouldFindALostConnectionUnderAFailedCommit() {
        SQLException lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        RollbackException commit = new RollbackException("Could not commit transaction.");
        commit.addSuppressed(new IllegalStateException("rollback failed", lost));

        assertThat(DatabaseUnavailable.signalIn(new RuntimeException("wrapped", commit))).containsSame(lost);
    }

    @Test
    void shouldFindAPostgresShutdownAndAnExhaustedPool() {
        SQLException shuttingDown = new SQLException("terminating connection due to administrator command", "57P01");
        SQLException poolExhausted = new SQLException("Sorry, acquisition timeout!");

        assertThat(DatabaseUnavailable.signalIn(new PersistenceException(shuttingDown))).containsSame(shuttingDown);
        assertThat(DatabaseUnavailable.signalIn(new PersistenceException(poolExhausted))).containsSame(poolExhausted);
    }

    @Test
    void shouldFindAFullDiskUnderH2sGeneralError() {
        IOException full = new IOException("No space left on device");
        SQLException general = new JdbcSQLNonTransientException("General error", "COMMIT", "HY000", 50000,
                new IllegalStateException("Writing to the file failed", full), null);

        assertThat(DatabaseUnavailable.signalIn(new PersistenceException(general))).containsSame(full);
    }

    @Test
    void shouldNotTakeAConstraintViolationOrAnIoErrorOutsideTheDatabaseForAnOutage() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");

        assertThat(DatabaseUnavailable.signalIn(new PersistenceException(duplicate))).isEmpty();
        assertThat(DatabaseUnavailable.signalIn(new IllegalStateException(new IOException("No space left on device")))).isEmpty();
        assertThat(DatabaseUnavailable.signalIn(new IllegalStateException("a bug"))).isEmpty();
    }
}
