package dev.attest.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

class EmbeddedDatabaseValidationTest {

    @Test
    void shouldCheckEveryBorrowedConnectionOnH2() {
        assertThat(validateOnBorrow(Map.of("quarkus.datasource.db-kind", "h2"))).isTrue();
    }

    @Test
    void shouldLeavePostgresqlToTheIntervalValidation() {
        assertThat(validateOnBorrow(Map.of("quarkus.datasource.db-kind", "postgresql"))).isFalse();
    }

    @Test
    void shouldYieldToAnExplicitSetting() {
        assertThat(validateOnBorrow(Map.of("quarkus.datasource.db-kind", "h2",
                EmbeddedDatabaseValidation.VALIDATE_ON_BORROW, "false"))).isFalse();
    }

    private static boolean validateOnBorrow(Map<String, String> applicationProperties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(applicationProperties, "application.properties", 250))
                .withSources(new EmbeddedDatabaseValidation())
                .build();
        return config.getOptionalValue(EmbeddedDatabaseValidation.VALIDATE_ON_BORROW, Boolean.class).orElse(false);
    }
}
