package dev.attest.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import dev.attest.platform.i18n.Language;
import dev.attest.platform.problem.Problem;
import dev.attest.web.Messages;
import dev.attest.web.service.StepService;
import io.quarkus.qute.Template;

/**
 * A browser on the web pages gets an error as a page in its language, not as problem+json: same status, plain words,
 * a way back. Clients that do not ask for HTML keep the problem document.
 */
public class HtmlErrorPages {

    @Inject
    Template error;

    @ServerResponseFilter
    public void toPage(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (!(response.getEntity() instanceof Problem problem) || path.startsWith("/api") || path.startsWith("/q/")
                || !wantsHtml(request)) {
            return;
        }
        Language language = PageRequest.resolve(request.getUriInfo().getQueryParameters().getFirst("lang"),
                request.getCookies().containsKey(PageRequest.LANGUAGE_COOKIE)
                        ? request.getCookies().get(PageRequest.LANGUAGE_COOKIE).getValue() : null,
                request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Messages msg = StepService.messages(language);
        String[] words = words(problem, msg);
        String html = error.data("page", PageContext.of(language)).data("title", words[0]).data("text", words[1])
                .setLocale(StepService.locale(language)).render();
        response.setEntity(html, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    private static boolean wantsHtml(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML);
    }

    private static String[] words(Problem problem, Messages msg) {
        if (problem.type().endsWith(":csrf-token-missing")) {
            return new String[] {msg.errorCsrfTitle(), msg.errorCsrfText()};
        }
        return switch (problem.status()) {
            case 404 -> new String[] {msg.errorNotFoundTitle(), msg.errorNotFoundText()};
            case 429 -> new String[] {msg.errorRateTitle(), msg.errorRateText()};
            default -> problem.status() >= 500 ? new String[] {msg.errorServerTitle(), msg.errorServerText()}
                    : new String[] {msg.errorBadTitle(), msg.errorBadText()};
        };
    }
}
