package dev.attest.security.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on requests per client address (open endpoints, web form) and per workspace API key. */
@ConfigMapping(prefix = "attest.rate-limit")
public interface RateLimitConfig {

    /** Switch every limit off, e.g. behind a gateway that already limits. */
    @WithDefault("true")
    boolean enabled();

    /** The open endpoints (evaluations, questionnaires, rule catalogue), per client address. */
    Policy open();

    /** Creating a self-assessment draft from the web form (POST /drafts), per client address. */
    Policy drafts();

    /** Requests made with one workspace API key, whatever the address. */
    Policy keys();

    /** Clients tracked at most; idle ones are forgotten first, so memory stays bounded under a flood of addresses. */
    @WithDefault("100000")
    int maxTrackedClients();

    /** A token bucket: a steady rate and a burst on top of it. */
    interface Policy {
        /** Sustained requests per minute. */
        @WithDefault("120")
        int requestsPerMinute();

        /** Requests that may arrive at once before the steady rate applies. */
        @WithDefault("30")
        int burst();
    }
}
