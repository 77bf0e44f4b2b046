package dev.attest.security.ratelimit;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.attest.platform.problem.Problem;
import io.vertx.core.http.HttpServerRequest;

/**
 * The endpoints anyone may call without a key are limited per client address: 429 with {@code Retry-After} when
 * a client goes over its allowance.
 */
public class OpenEndpointRateLimitFilter {

    static final List<String> OPEN_PATHS = List.of("/api/v1/evaluations", "/api/v1/questionnaires", "/api/v1/rulebase");

    @Inject
    RateLimiter limiter;

    @Inject
    RateLimitConfig config;

    @ServerRequestFilter
    public Optional<Response> limitOpenEndpoints(ContainerRequestContext context, HttpServerRequest request) {
        String path = context.getUriInfo().getPath();
        if (!config.enabled() || OPEN_PATHS.stream().noneMatch(path::startsWith)) {
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
