package dev.attest.web.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The self-assessment web form. */
@ConfigMapping(prefix = "attest.web")
public interface WebConfig {

    /** The questionnaire the web form asks. */
    @WithDefault("core")
    String questionnaire();

    /**
     * Where owners reach Attest, e.g. {@code https://attest.example.org}: the start of the absolute resume link sent
     * by e-mail (pages themselves use relative links).
     */
    @WithDefault("http://localhost:8080")
    String baseUrl();
}
