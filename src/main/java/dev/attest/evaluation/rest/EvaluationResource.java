package dev.attest.evaluation.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.attest.evaluation.mapping.ResultRenderer;
import dev.attest.evaluation.service.EvaluationService;
import dev.attest.platform.i18n.LanguageResolver;
import dev.attest.platform.problem.Problem;

@Path("/api/v1/evaluations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations", description = "Evaluate answers without storing anything")
public class EvaluationResource {

    @Inject
    EvaluationService evaluations;

    @Inject
    ResultRenderer renderer;

    @Inject
    LanguageResolver languages;

    @POST
    @Operation(summary = "Evaluate answers", description = "Validates the answers against the questionnaire, runs the current "
            + "rulebase and returns applicability, scores, findings and verification tasks. Nothing is stored.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EvaluationRequest.class),
            examples = {@ExampleObject(name = "minimal", value = Examples.EVALUATION_REQUEST),
                    @ExampleObject(name = "Russian web shop", value = Examples.RUSSIAN_SHOP_REQUEST)}))
    @APIResponse(responseCode = "200", description = "The result", content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request: every bad field is listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "invalid answers", value = Examples.INVALID_ANSWERS_PROBLEM),
                            @ExampleObject(name = "invalid answers, Accept-Language: ru", value = Examples.INVALID_ANSWERS_PROBLEM_RU)}))
    @APIResponse(responseCode = "500", description = "The rules failed; no result is produced",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EvaluationView evaluate(
            EvaluationRequest request,
            @Parameter(description = "Language of the texts (en, ru); overrides Accept-Language") @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return renderer.render(evaluations.evaluate(request).result(), languages.resolve(lang, acceptLanguage));
    }
}
