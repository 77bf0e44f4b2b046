package dev.attest.platform.http;

/**
 * A larger request body limit for the endpoints that need one (an import of a whole organisation), as a CDI bean the
 * capability owning the endpoint provides. Every other request keeps {@link HttpConfig#maxBodySize()}; none can go
 * beyond {@code quarkus.http.limits.max-body-size}.
 */
public interface BodyLimit {

    boolean appliesTo(String method, String path);

    long maxBytes();
}
