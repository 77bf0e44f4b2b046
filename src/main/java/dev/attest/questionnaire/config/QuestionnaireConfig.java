package dev.attest.questionnaire.config;

import java.nio.file.Path;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where questionnaires come from. */
@ConfigMapping(prefix = "attest.questionnaires")
public interface QuestionnaireConfig {

    /** Folder whose {@code *.yaml} files are loaded at start-up (relative to the working directory). */
    @WithDefault("questionnaires")
    Path dir();
}
