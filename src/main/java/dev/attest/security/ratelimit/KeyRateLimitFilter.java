package dev.attest.security.ratelimit;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.attest.platform.problem.Problem;
import dev.attest.workspace.CurrentWorkspace;

/**
 * Requests made with a workspace key are limited per key, after the key is known: one key's burst does not spend
 * another's allowance, even from the same address.
 */
public class KeyRateLimitFilter {

    @Inject
    RateLimiter limiter;

    /** Looked up per request: the filter is built before configuration mappings are ready. */
    @Inject
    Provider<RateLimitConfig> configs;

    @Inject
    CurrentWorkspace current;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 10)
    public Optional<Response> limitPerKey(ContainerRequestContext context) {
        RateLimitConfig config = configs.get();
        Optional<String> keyId = current.keyId();
        if (!config.enabled() || keyId.isEmpty()) {
            return Optional.empty();
        }
        Decision decision = limiter.tryAcquire("key:" + keyId.get(), Limit.of(config.keys()));
        if (decision.allowed()) {
            return Optional.empty();
        }
        return Optional.of(Response.fromResponse(Problem.of("rate-limited", "Too many requests", 429,
                "This key sent more requests than allowed. Try again in " + decision.retryAfterSeconds() + " s.")
                .toResponse()).header("Retry-After", decision.retryAfterSeconds()).build());
    }
}
