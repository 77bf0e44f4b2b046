package dev.attest.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.attest.evaluation.config.ScoringConfig;
import dev.attest.rules.config.RulesConfig;

class ConfigDefaultsTest {

    @Test
    void shouldAnswerTheDefaultsWrittenOnTheMapping() {
        RulesConfig rules = ConfigDefaults.of(RulesConfig.class);

        assertThat(rules.dir()).isEqualTo(Path.of("rules"));
        assertThat(rules.cacheDir()).isEmpty();
        assertThat(rules.watch()).isFalse();
        assertThat(rules.maxFiredRules()).isEqualTo(10_000);
        assertThat(rules.evaluationTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(rules.coldEvaluationTimeout()).isEqualTo(Duration.ofSeconds(30));
        ScoringConfig weights = ConfigDefaults.of(ScoringConfig.class);
        assertThat(new int[] {weights.critical(), weights.high(), weights.medium(), weights.low()}).containsExactly(8, 4, 2, 1);
    }

    @Test
    void shouldAnswerAnOverrideInPlaceOfTheDefault() {
        RulesConfig rules = ConfigDefaults.of(RulesConfig.class,
                Map.of("evaluationTimeout", Duration.ofMinutes(1), "cacheDir", Optional.of(Path.of("cache"))));

        assertThat(rules.evaluationTimeout()).isEqualTo(Duration.ofMinutes(1));
        assertThat(rules.cacheDir()).contains(Path.of("cache"));
        assertThat(rules.maxFiredRules()).isEqualTo(10_000);
    }

    @Test
    void shouldRefuseAnOverrideOfASettingTheMappingDoesNotHave() {
        assertThatThrownBy(() -> ConfigDefaults.of(RulesConfig.class, Map.of("evaluationTimeOut", Duration.ZERO)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RulesConfig has no setting evaluationTimeOut");
    }
}
