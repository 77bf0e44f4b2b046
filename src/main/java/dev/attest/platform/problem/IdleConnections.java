package dev.attest.platform.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalDataSource.FlushMode;
import io.quarkus.logging.Log;

/**
 * Once one pooled connection has been found broken, its idle neighbours were almost certainly broken by the same
 * crash or restart. The pool only re-validates a connection idle for longer than its validation interval, so a
 * database back within that interval would otherwise hand them out, one failed request each. Closing the idle ones
 * makes the pool open fresh connections instead; closing is immediate and does not touch the (maybe dead) network.
 */
@ApplicationScoped
public class IdleConnections {

    private final Instance<AgroalDataSource> dataSource;

    IdleConnections(Instance<AgroalDataSource> dataSource) {
        this.dataSource = dataSource;
    }

    void discardAfterBrokenConnection() {
        if (dataSource.isResolvable()) {
            Log.info("A pooled database connection was broken: closing the idle ones, new requests get fresh connections");
            dataSource.get().flush(FlushMode.IDLE);
        }
    }
}
