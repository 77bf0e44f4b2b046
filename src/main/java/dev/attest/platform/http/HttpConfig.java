package dev.attest.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Request body limits. {@code quarkus.http.limits.max-body-size} is the ceiling the HTTP layer enforces on every
 * request, set to the largest limit any endpoint has ({@link BodyLimit}); this is the limit of all others.
 */
@ConfigMapping(prefix = "attest.http")
public interface HttpConfig {

    /** The largest request body an endpoint accepts unless it declares a larger limit of its own. */
    @WithDefault("1M")
    MemorySize maxBodySize();
}
