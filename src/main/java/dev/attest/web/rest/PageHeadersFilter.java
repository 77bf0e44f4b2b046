package dev.attest.web.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import dev.attest.platform.i18n.Language;

/**
 * Headers of the web pages: a Content-Security-Policy without inline scripts or styles, no referrer (page URLs carry
 * resume tokens), no caching of draft pages, and the language cookie when {@code ?lang=} picked one.
 */
public class PageHeadersFilter {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'";

    @ServerResponseFilter
    public void pageHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/api") || path.startsWith("/q/")) {
            return;
        }
        response.getHeaders().putSingle("Content-Security-Policy", CSP);
        response.getHeaders().putSingle("Referrer-Policy", "no-referrer");
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        if (path.startsWith("/d/")) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
        }
        String lang = request.getUriInfo().getQueryParameters().getFirst("lang");
        Language.fromCode(lang).ifPresent(language -> response.getHeaders().add("Set-Cookie",
                PageRequest.LANGUAGE_COOKIE + "=" + language.code() + "; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax"
                        + (secure(request) ? "; Secure" : "")));
    }

    private static boolean secure(ContainerRequestContext request) {
        return "https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme())
                || "https".equalsIgnoreCase(request.getHeaderString("X-Forwarded-Proto"));
    }
}
