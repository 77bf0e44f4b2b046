package dev.attest.security.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import dev.attest.platform.problem.Problem;
import dev.attest.security.ApiPaths;
import dev.attest.workspace.rest.KeyResource;
import dev.attest.workspace.rest.WorkspaceExamples;

/**
 * Documents what the key filter enforces, from the same {@link ApiPaths}: every operation under a path that needs a
 * workspace key declares the workspace key scheme (so an endpoint cannot be documented as open while it is not),
 * and the two answers it can give before it runs, 401 (no valid key) and 429 (the key's rate limit is spent), are
 * written once here rather than on each endpoint.
 */
public class WorkspaceKeyResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (ApiPaths.needsWorkspaceKey(path)) {
                item.getOperations().values().forEach(WorkspaceKeyResponses::requireKey);
            }
        });
    }

    private static void requireKey(Operation operation) {
        boolean declared = operation.getSecurity() != null && operation.getSecurity().stream()
                .anyMatch(requirement -> requirement.hasScheme(KeyResource.SCHEME));
        if (!declared) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(KeyResource.SCHEME));
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (!operation.getResponses().hasAPIResponse("401")) {
            operation.getResponses().addAPIResponse("401", problem("No valid workspace key: missing, malformed, "
                    + "unknown, revoked and expired keys are answered alike", "unauthorized", WorkspaceExamples.UNAUTHORIZED_PROBLEM));
        }
        operation.getResponses().addAPIResponse("429", problem("This key's rate limit is spent; see Retry-After",
                "rate limited", WorkspaceExamples.RATE_LIMITED_PROBLEM));
    }

    private static APIResponse problem(String description, String exampleName, String example) {
        MediaType problem = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem"))
                .addExample(exampleName, OASFactory.createExample().value(example));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
        return OASFactory.createAPIResponse().description(description).content(content);
    }
}
