package dev.attest.platform.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The framework's own HTTP errors (unknown path, wrong method, unsupported media type…) as problem+json
 * with their status, so clients see one error format everywhere.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private final JsonBodyExceptionMapper jsonBody = new JsonBodyExceptionMapper();

    @Override
    public Response toResponse(WebApplicationException exception) {
        if (exception.getCause() instanceof JsonProcessingException unreadable) {
            return jsonBody.toResponse(unreadable);
        }
        Response original = exception.getResponse();
        int status = original.getStatus();
        String reason = original.getStatusInfo().getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "There is nothing at this address. The API is described at /q/openapi.";
            case 405 -> "This address does not accept this HTTP method.";
            case 406 -> "This address cannot answer in the media type asked for in Accept.";
            case 415 -> "Send the body as application/json.";
            default -> reason;
        };
        Response.ResponseBuilder response = Response.status(status);
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response.type(Problem.MEDIA_TYPE).entity(Problem.of(slug(reason), reason, status, detail)).build();
    }

    private static String slug(String reason) {
        return reason == null ? "http-error" : reason.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
