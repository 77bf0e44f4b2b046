package dev.attest.security.csrf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

import dev.attest.platform.problem.Problem;
import io.vertx.core.http.HttpServerRequest;

/**
 * CSRF protection of the web pages. Every state-changing request outside {@code /api} (the JSON API authenticates
 * with keys, not cookies) must carry the token of the {@code csrf-token} cookie in its form field or in the
 * {@code X-CSRF-TOKEN} header; pages that show a form set the cookie when the browser has none.
 */
public class CsrfFilters {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CsrfToken current;

    @ServerRequestFilter
    @WithFormRead
    public Response verify(ContainerRequestContext request, HttpServerRequest http) {
        if (SAFE_METHODS.contains(request.getMethod()) || !protectedPath(request.getUriInfo().getPath())) {
            return null;
        }
        String expected = CsrfToken.fromCookie(http);
        String sent = request.getHeaderString(CsrfToken.HEADER);
        if (sent == null) {
            sent = formField();
        }
        if (expected == null || sent == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII))) {
            return Problem.of("csrf-token-missing", "The form could not be accepted", 403,
                    "The form was not sent from an Attest page, or it has expired. Reload the page and send it again.")
                    .toResponse();
        }
        return null;
    }

    /**
     * Gives a browser without a token one with every page: a page may render its forms after this filter has run
     * (a template inside a Response, whose media type is not known yet), so the token is made here, and the template
     * then reads the same one.
     */
    @ServerResponseFilter
    public void issue(ContainerRequestContext request, ContainerResponseContext response) {
        if (!protectedPath(request.getUriInfo().getPath())) {
            return;
        }
        if ("GET".equals(request.getMethod()) || current.issued()) {
            current.getToken();
        }
        if (current.issued()) {
            boolean secure = "https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme())
                    || "https".equalsIgnoreCase(request.getHeaderString("X-Forwarded-Proto"));
            response.getHeaders().add("Set-Cookie", CsrfToken.COOKIE + "=" + current.getToken()
                    + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""));
        }
    }

    private static boolean protectedPath(String path) {
        return !path.startsWith("/api/") && !path.equals("/api") && !path.startsWith("/q/");
    }

    private static String formField() {
        FormData form = CurrentRequestManager.get().getFormData();
        if (form == null) {
            return null;
        }
        FormValue value = form.getFirst(CsrfToken.FIELD);
        return value == null || value.isFileItem() ? null : value.getValue();
    }
}
