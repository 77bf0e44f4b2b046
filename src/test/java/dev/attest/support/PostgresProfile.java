package dev.attest.support;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Runs a test class on a real PostgreSQL: the application is rebuilt with the PostgreSQL database kind. */
public class PostgresProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // Validation of idle connections is pushed out of reach, so DatabaseOutagePostgresTest shows that recovery after
        // a restart does not depend on how long the pooled connections happened to sit idle.
        return Map.of("quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.foreground-validation-interval", "10M");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PostgresTestResource.class));
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }
}
