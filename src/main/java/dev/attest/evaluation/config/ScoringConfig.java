package dev.attest.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How much each severity weighs in a score: a passed critical check counts eight times a low one. */
@ConfigMapping(prefix = "attest.scoring.weights")
public interface ScoringConfig {

    @WithDefault("8")
    int critical();

    @WithDefault("4")
    int high();

    @WithDefault("2")
    int medium();

    @WithDefault("1")
    int low();
}
