package dev.attest.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.attest.platform.problem.Problem;
import dev.attest.security.config.AdminConfig;

/** Admin endpoints need {@code Authorization: Bearer <admin key>}; without a configured key they are off. */
public class AdminKeyFilter {

    static final String ADMIN_PATH = "/api/v1/admin";

    @Inject
    AdminConfig config;

    @ServerRequestFilter
    public Optional<Response> requireAdminKey(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith(ADMIN_PATH)) {
            return Optional.empty();
        }
        Optional<String> key = config.key().filter(value -> !value.isBlank());
        if (key.isEmpty()) {
            return Optional.of(Problem.of("admin-disabled", "Admin endpoints are disabled", 403,
                    "Set ATTEST_ADMIN_KEY to enable them.").toResponse());
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : "";
        if (!MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), key.get().getBytes(StandardCharsets.UTF_8))) {
            Response unauthorized = Response.fromResponse(Problem.of("unauthorized", "Admin key required", 401,
                    "Send Authorization: Bearer <admin key>.").toResponse())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"attest-admin\"").build();
            return Optional.of(unauthorized);
        }
        return Optional.empty();
    }
}
