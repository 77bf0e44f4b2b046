package dev.attest.support;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Runs a test class on an H2 file database, the way the application runs by default, under target/. */
public class H2FileProfile implements QuarkusTestProfile {

    /** The JDBC URL of the application's database, for a test's own connection to the same database. */
    public static final String JDBC_URL = "jdbc:h2:file:./target/h2-file-profile/" + UUID.randomUUID()
            + "/attest;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", JDBC_URL);
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }
}
