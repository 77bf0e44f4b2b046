package dev.attest.web.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The self-assessment web form. */
@ConfigMapping(prefix = "attest.web")
public interface WebConfig {

    /** The questionnaire the web form asks. */
    @WithDefault("core")
    String questionnaire();
}
