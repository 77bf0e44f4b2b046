package dev.attest.diff.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.attest.workspace.rest.KeyResource;
import dev.attest.diff.mapping.DiffMapper;
import dev.attest.diff.service.DiffService;
import dev.attest.platform.i18n.LanguageResolver;
import dev.attest.platform.problem.Problem;

@Path("/api/v1/assessments/{id}/diff")
@SecurityRequirement(name = KeyResource.SCHEME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "Evaluate answers and keep the result")
public class DiffResource {

    @Inject
    DiffService diffs;

    @Inject
    DiffMapper mapper;

    @Inject
    LanguageResolver languages;

    @GET
    @Operation(summary = "Compare two assessments", description = "What changed between two stored assessments of one "
            + "business and why. The one evaluated for the earlier date is the older, whichever id is in the path "
            + "(on the same date, the one stored first). Findings are new, resolved, unchanged or of another severity; "
            + "each change has a cause: `answers-changed`, `rules-changed` or `both`. When another rulebase version or "
            + "another evaluation date judged the two, each side's answers are re-run under the other side's rules to "
            + "tell: the older answers under the newer rules, the newer answers under the older rules. A threshold "
            + "that came into force in between counts as a rule change. Changed answers are listed per finding.")
    @APIResponse(responseCode = "200", description = "The diff", content = @Content(
            schema = @Schema(implementation = DiffView.class),
            examples = @ExampleObject(name = "a threshold lowered", value = DiffExamples.DIFF)))
    @APIResponse(responseCode = "400", description = "`against` missing, or the two answer different questionnaires",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "against missing", value = DiffExamples.AGAINST_MISSING_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No assessment with one of the ids",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown id", value = DiffExamples.NOT_FOUND_PROBLEM)))
    public DiffView diff(
            @Parameter(description = "Assessment id") @PathParam("id") String id,
            @Parameter(description = "Id of the assessment to compare with", required = true) @QueryParam("against") String against,
            @Parameter(description = "Language of the texts (en, ru); overrides Accept-Language") @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return mapper.view(diffs.between(id, against), languages.resolve(lang, acceptLanguage));
    }
}
