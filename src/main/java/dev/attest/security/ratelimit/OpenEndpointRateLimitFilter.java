package dev.attest.security.ratelimit;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.attest.platform.problem.Problem;
import dev.attest.security.ApiPaths;
import io.vertx.core.http.HttpServerRequest;

/**
 * The endpoints anyone may call without a key are limited per client address: 429 with {@code Retry-After} when
 * a client goes over its allowance.
 */
public class OpenEndpointRateLimitFilter {

    @Inject
    RateLimiter limiter;

    /** Looked up per request: the filter is built before configuration mappings are ready. */
    @Inject
    Provider<RateLimitConfig> configs;

    @ServerRequestFilter
    public Optional<Response> limitOpenEndpoints(ContainerRequestContext context, HttpServerRequest request) {
        RateLimitConfig config = configs.get();
        String path = context.getUriInfo().getPath();
        if (!config.enabled() || !ApiPaths.isOpen(path)) {
            return Optional.empty();
        }
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        Decision decision = limiter.tryAcquire("open:" + client, Limit.of(config.open()));
        if (decision.allowed()) {
            return Optional.empty();
        }
        return Optional.of(Response.fromResponse(Problem.of("rate-limited", "Too many requests", 429,
                "This address sent more requests than allowed. Try again in " + decision.retryAfterSeconds() + " s.")
                .toResponse()).header("Retry-After", decision.retryAfterSeconds()).build());
    }
}
