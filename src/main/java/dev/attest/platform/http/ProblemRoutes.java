package dev.attest.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.attest.platform.i18n.LanguageResolver;
import dev.attest.platform.problem.Problem;
import dev.attest.platform.problem.ProblemTranslations;
import io.quarkus.logging.Log;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * problem+json for errors raised before a request reaches a resource: an address nothing serves, a body
 * over the size limit, a failure in the HTTP layer.
 */
@ApplicationScoped
public class ProblemRoutes {

    /** After every other route, so only requests nothing else answered get here. */
    public static final int LAST = Integer.MAX_VALUE - 10;

    @Inject
    ObjectMapper json;

    @Inject
    HttpConfig config;

    @Inject
    Instance<BodyLimit> largerLimits;

    @Inject
    LanguageResolver languages;

    @Inject
    ProblemTranslations translations;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseOversized);
        router.route().order(LAST).handler(context -> send(context, Problem.of("not-found", "Not Found", 404,
                "There is nothing at this address. The API is described at /q/openapi.")));
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
    }

    /**
     * The HTTP layer would answer 413 with an empty body; a declared length over the endpoint's limit gets a problem
     * instead. A body sent without a length is held to the ceiling by the HTTP layer, whose 413 {@link #failure} turns
     * into a problem.
     */
    private void refuseOversized(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        String encoding = context.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
        if (length == null && encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked")
                && limitFor(context.request().method().name(), context.normalizedPath()) < largestLimit()) {
            // Without a declared length only the HTTP layer's ceiling (the largest limit of any endpoint) would hold
            // the body back; endpoints with a smaller limit ask for the length instead.
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            send(context, Problem.of("length-required", "Length required", 411,
                    "Send the request body with a Content-Length header; this endpoint does not accept chunked bodies."));
            return;
        }
        if (length != null && length.matches("\\d{1,18}")) {
            long limit = limitFor(context.request().method().name(), context.normalizedPath());
            if (Long.parseLong(length) > limit) {
                context.response().putHeader(HttpHeaders.CONNECTION, "close");
                send(context, Problem.of("body-too-large", "Request body too large", 413,
                        "The request body is larger than the " + limit / 1024 + " KiB this endpoint accepts."));
                return;
            }
        }
        context.next();
    }

    /** The largest limit of any endpoint, which the HTTP layer's ceiling is set to. */
    private long largestLimit() {
        return Math.max(config.maxBodySize().asLongValue(), largerLimits.stream().mapToLong(BodyLimit::maxBytes).max().orElse(0));
    }

    private long limitFor(String method, String path) {
        return largerLimits.stream().filter(limit -> limit.appliesTo(method, path)).mapToLong(BodyLimit::maxBytes)
                .max().orElse(config.maxBodySize().asLongValue());
    }

    private void failure(RoutingContext context) {
        int status = context.statusCode() > 0 ? context.statusCode() : 500;
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        Problem problem = switch (status) {
            case 413 -> Problem.of("body-too-large", "Request body too large", 413,
                    "The request body is larger than this service accepts.");
            case 404 -> Problem.of("not-found", "Not Found", 404, "There is nothing at this address.");
            case 405 -> Problem.of("method-not-allowed", "Method Not Allowed", 405, "This address does not accept this HTTP method.");
            default -> {
                if (status >= 500) {
                    Log.error("Request failed in the HTTP layer", context.failure());
                    yield Problem.of("internal-error", "Internal error", status, "Something went wrong on our side.");
                }
                yield Problem.of("bad-request", "Bad Request", status, "The request could not be read.");
            }
        };
        send(context, problem);
    }

    private void send(RoutingContext context, Problem english) {
        Problem problem = translations.translate(english, languages.resolve(context.request().getParam("lang"),
                context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        try {
            context.response()
                    .setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(problem.status()).end();
        }
    }
}
