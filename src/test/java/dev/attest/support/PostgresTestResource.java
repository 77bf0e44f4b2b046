package dev.attest.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts a real PostgreSQL for a test profile and points the datasource at it. */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    /** Properties naming the server's folder and port, for a test that stops and starts it ({@link PostgresServer#attach}). */
    public static final String DATA_DIR = "attest.test.postgres.data-dir";
    public static final String PORT = "attest.test.postgres.port";

    private PostgresServer server;

    @Override
    public Map<String, String> start() {
        server = PostgresServer.start();
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "",
                DATA_DIR, server.dataDir().toString(),
                PORT, String.valueOf(server.port()));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
