package dev.attest.security.ratelimit;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.attest.platform.problem.Problem;
import io.vertx.core.http.HttpServerRequest;

/** Starting a draft from the web form is limited per client address: 429 with {@code Retry-After}. */
public class DraftCreationRateLimitFilter {

    @Inject
    RateLimiter limiter;

    @Inject
    jakarta.inject.Provider<RateLimitConfig> configs;

    @ServerRequestFilter
    public Optional<Response> limitDraftCreation(ContainerRequestContext context, HttpServerRequest request) {
        RateLimitConfig config = configs.get();
        if (!config.enabled() || !"POST".equals(context.getMethod()) || !"/drafts".equals(context.getUriInfo().getPath())) {
            return Optional.empty();
        }
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        Decision decision = limiter.tryAcquire("drafts:" + client, Limit.of(config.drafts()));
        if (decision.allowed()) {
            return Optional.empty();
        }
        return Optional.of(Response.fromResponse(Problem.of("rate-limited", "Too many requests", 429,
                "This address started more assessments than allowed. Try again in " + decision.retryAfterSeconds()
                        + " s.").toResponse()).header("Retry-After", decision.retryAfterSeconds()).build());
    }
}
