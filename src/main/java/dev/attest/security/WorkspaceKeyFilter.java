package dev.attest.security;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.attest.platform.problem.Problem;
import dev.attest.workspace.CurrentWorkspace;
import dev.attest.workspace.service.ApiKeyService;
import dev.attest.workspace.service.Caller;

/**
 * Establishes the workspace every request acts for. On the API, a workspace key sent as
 * {@code Authorization: Bearer <key>}; the web form has no key and acts for the self-service workspace. A key in
 * the URL is refused outright: URLs end up in proxy logs and browser histories.
 */
public class WorkspaceKeyFilter {

    static final List<String> KEY_QUERY_PARAMETERS = List.of("api_key", "apikey", "key", "access_token");

    @Inject
    ApiKeyService keys;

    @Inject
    CurrentWorkspace current;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!ApiPaths.isApi(path)) {
            current.selfService();
            return Optional.empty();
        }
        if (KEY_QUERY_PARAMETERS.stream().anyMatch(request.getUriInfo().getQueryParameters()::containsKey)) {
            return Optional.of(Problem.of("key-in-url", "Key in the URL", 400, "API keys are accepted only as "
                    + "Authorization: Bearer <key>, never in the URL, where logs and histories would keep them. "
                    + "Remove the parameter, and revoke the key if it was real.").toResponse());
        }
        if (!ApiPaths.needsWorkspaceKey(path)) {
            return Optional.empty();
        }
        Optional<Caller> caller = keys.authenticate(bearer(request.getHeaderString(HttpHeaders.AUTHORIZATION)));
        if (caller.isEmpty()) {
            return Optional.of(unauthorized());
        }
        current.authenticated(caller.get().workspaceId(), caller.get().keyId(), caller.get().prefix());
        return Optional.empty();
    }

    /** The same answer for a missing, malformed, unknown, revoked or expired key: it tells a guesser nothing. */
    static Response unauthorized() {
        return Response.fromResponse(Problem.of("unauthorized", "API key required", 401,
                "Send a valid, unrevoked, unexpired workspace key as Authorization: Bearer <key>.").toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"attest\"").build();
    }

    private static String bearer(String header) {
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
    }
}
