package dev.attest.draft.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Consultants' drafts, filled through the API. */
@ConfigMapping(prefix = "attest.drafts")
public interface DraftConfig {

    /** The questionnaire a new draft answers when its request names none. */
    @WithDefault("core")
    String questionnaire();
}
