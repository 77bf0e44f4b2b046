package dev.attest.platform.http;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.attest.platform.i18n.Language;
import dev.attest.platform.i18n.LanguageResolver;
import dev.attest.platform.problem.Problem;
import dev.attest.platform.problem.ProblemTranslations;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Sheds load on the API: at most {@link LoadSheddingConfig#maxInFlight()} requests are in progress; the next is
 * answered 503 with {@code Retry-After} straight from the HTTP layer, before its body is read, so refusing costs next
 * to nothing and the requests taken keep their normal latency. A turn is given back when the response ends or the
 * connection closes, whatever happened in between. Health checks (/q/) and the web pages are not counted. The refusal
 * is written once per language at start-up and sent in the language the request asks for.
 */
@ApplicationScoped
public class InFlightLimit {

    /** Seconds a refused client should wait: requests take milliseconds, so a burst has passed by then. */
    static final int RETRY_AFTER_SECONDS = 1;

    private final AtomicInteger inFlight = new AtomicInteger();
    private final int maxInFlight;
    private final Map<Language, String> refusals = new EnumMap<>(Language.class);
    private final LanguageResolver languages;

    @Inject
    public InFlightLimit(LoadSheddingConfig config, ObjectMapper json, ProblemTranslations translations,
            LanguageResolver languages) throws JsonProcessingException {
        this.maxInFlight = config.maxInFlight();
        this.languages = languages;
        Problem refusal = Problem.of("overloaded", "Service overloaded", 503,
                "The service is working on as many requests as it can; this one was not started. Try again in "
                        + RETRY_AFTER_SECONDS + " s.");
        for (Language language : Language.values()) {
            refusals.put(language, json.writeValueAsString(translations.translate(refusal, language)));
        }
    }

    void install(@Observes Router router) {
        // Right after ProblemRoutes' size check, before anything reads the body.
        router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(this::limit);
    }

    /** Takes a turn if one is free; every turn taken must be given back with {@link #leave()}. */
    boolean tryEnter() {
        if (inFlight.incrementAndGet() > maxInFlight) {
            inFlight.decrementAndGet();
            return false;
        }
        return true;
    }

    void leave() {
        inFlight.decrementAndGet();
    }

    private void limit(RoutingContext context) {
        if (!tryEnter()) {
            context.response()
                    .setStatusCode(503)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                    .end(refusals.get(languages.resolve(context.request().getParam("lang"),
                            context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE))));
            return;
        }
        context.addEndHandler(ended -> leave());
        context.next();
    }
}
