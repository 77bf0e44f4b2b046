package dev.attest.platform.config;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * On H2, every pooled connection is checked with the validation query each time it is handed out. H2 closes its
 * database when a write fails (a full disk), and any thread may do that write: the scheduler's own bookkeeping
 * too. Every connection to the closed database is then dead, including one a request returned a moment ago, which
 * the interval validation would hand out unchecked: the first request once the disk has space again would fail.
 * Embedded, the check costs microseconds. PostgreSQL keeps the interval validation: there a check is a round trip,
 * and a restart is caught by the first broken connection (platform/problem/IdleConnections).
 * <p>
 * A default only: {@code quarkus.datasource.jdbc.validate-on-borrow} set anywhere else wins.
 */
public class EmbeddedDatabaseValidation implements ConfigSourceFactory {

    static final String DB_KIND = "quarkus.datasource.db-kind";
    static final String VALIDATE_ON_BORROW = "quarkus.datasource.jdbc.validate-on-borrow";
    /** Below application.properties (250) and the environment (300). */
    static final int ORDINAL = 150;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue kind = context.getValue(DB_KIND);
        if (kind == null || !"h2".equalsIgnoreCase(kind.getValue())) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(Map.of(VALIDATE_ON_BORROW, "true"),
                "Attest: validate H2 connections on borrow", ORDINAL));
    }
}
