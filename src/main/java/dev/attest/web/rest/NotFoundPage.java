package dev.attest.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.attest.platform.http.ProblemRoutes;
import dev.attest.platform.problem.ResourceNotFoundException;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;

/**
 * A browser asking for an address nothing serves gets the "page not found" page in its language (through
 * {@link HtmlErrorPages}) instead of the HTTP layer's problem document; API clients keep the problem.
 */
@Path("/not-found")
@ApplicationScoped
public class NotFoundPage {

    private static final String PATH = "/not-found";

    void install(@Observes Router router) {
        router.route().order(ProblemRoutes.LAST - 1).handler(context -> {
            String path = context.request().path();
            String accept = context.request().getHeader("Accept");
            if (context.request().method() == HttpMethod.GET && accept != null && accept.contains(MediaType.TEXT_HTML)
                    && !path.startsWith("/api") && !path.startsWith("/q/") && !path.equals(PATH)) {
                context.reroute(PATH);
            } else {
                context.next();
            }
        });
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public String page() {
        throw new ResourceNotFoundException("page", null);
    }
}
