package dev.attest.security.csrf;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * The CSRF token of the current request, for forms: {@code {inject:csrf.token}} in a template. It is the browser's
 * token cookie when it has a well-formed one, otherwise a new random token that the response sets as that cookie
 * (double-submit: a form is accepted when its field matches the cookie, which another site cannot read).
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    public static final String COOKIE = "csrf-token";
    public static final String FIELD = "csrf-token";
    public static final String HEADER = "X-CSRF-TOKEN";

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpServerRequest request;

    private String token;
    private boolean issued;

    public String getToken() {
        if (token == null) {
            token = fromCookie(request);
            if (token == null) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                issued = true;
            }
        }
        return token;
    }

    public String getParameterName() {
        return FIELD;
    }

    /** Whether this request made a new token that the browser does not have yet. */
    public boolean issued() {
        return issued;
    }

    static String fromCookie(HttpServerRequest request) {
        Cookie cookie = request.getCookie(COOKIE);
        return cookie != null && WELL_FORMED.matcher(cookie.getValue()).matches() ? cookie.getValue() : null;
    }
}
