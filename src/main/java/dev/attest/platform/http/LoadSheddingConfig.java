package dev.attest.platform.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How many API requests the service works on at once ({@link InFlightLimit}). One more is answered 503 with
 * {@code Retry-After} at once, instead of waiting in a queue that grows with the overload until every answer is slow.
 */
@ConfigMapping(prefix = "attest.load-shedding")
public interface LoadSheddingConfig {

    /**
     * API requests in progress at the same time, from reading the body to writing the answer. An evaluation is a few
     * milliseconds of CPU: a few dozen in progress keep every core busy, more only make each slower.
     */
    @WithDefault("32")
    int maxInFlight();
}
