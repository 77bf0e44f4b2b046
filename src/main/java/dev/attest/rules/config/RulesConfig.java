package dev.attest.rules.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the rulebase comes from and the bounds every evaluation runs within. */
@ConfigMapping(prefix = "attest.rules")
public interface RulesConfig {

    /** Folder holding the packs ({@code rules/<pack>/}); compiled at start-up and on reload. */
    @WithDefault("rules")
    Path dir();

    /**
     * Folder where compiled rule packages are kept by a hash of the rule logic and of this build, so that a start or
     * a reload of rules compiled before skips the DRL compiler; also notes which of them passed their cases. Unset:
     * always compile. Only used when the application runs from its jar.
     */
    Optional<Path> cacheDir();

    /** Reload automatically when a file under {@link #dir()} changes. */
    @WithDefault("false")
    boolean watch();

    /** How long the file watch waits for more changes before it reloads. */
    @WithDefault("PT1S")
    Duration watchSettle();

    /** Time the packs' own cases may take on a new rulebase before the reload is refused. */
    @WithDefault("PT30S")
    Duration reloadCaseTimeout();

    /** Most rule firings one evaluation may take; more means rules that loop. */
    @WithDefault("10000")
    int maxFiredRules();

    /** Longest one evaluation may run. */
    @WithDefault("PT2S")
    Duration evaluationTimeout();

    /**
     * Longest one evaluation may run on a rulebase read from the cache before it is warm: its first evaluations
     * compile the rules' constraints on the way, which takes seconds on a small machine right after a start.
     */
    @WithDefault("PT30S")
    Duration coldEvaluationTimeout();
}
