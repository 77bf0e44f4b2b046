package dev.attest.questionnaire.rest;

import java.util.Comparator;
import java.util.List;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.attest.platform.i18n.Language;
import dev.attest.platform.i18n.LanguageResolver;
import dev.attest.platform.problem.Problem;
import dev.attest.platform.problem.ResourceNotFoundException;
import dev.attest.questionnaire.mapping.QuestionnaireMapper;
import dev.attest.questionnaire.service.QuestionnaireCatalog;

@Path("/api/v1/questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Questionnaires", description = "The questions a business answers, with help texts in English and Russian")
public class QuestionnaireResource {

    @Inject
    QuestionnaireCatalog catalog;

    @Inject
    QuestionnaireMapper mapper;

    @Inject
    LanguageResolver languages;

    @GET
    @Operation(summary = "List questionnaires", description = "Every questionnaire this service answers against, with its version.")
    @APIResponse(responseCode = "200", description = "The questionnaires",
            content = @Content(schema = @Schema(implementation = QuestionnaireSummary.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<QuestionnaireSummary> list(
            @Parameter(description = "Language of the texts (en, ru); overrides Accept-Language") @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language language = languages.resolve(lang, acceptLanguage);
        return catalog.all().stream()
                .sorted(Comparator.comparing(questionnaire -> questionnaire.id()))
                .map(questionnaire -> mapper.summary(questionnaire, language))
                .toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a questionnaire", description = "Sections, questions, options, conditions and help texts in the language asked for.")
    @APIResponse(responseCode = "200", description = "The questionnaire", content = @Content(schema = @Schema(implementation = QuestionnaireView.class)))
    @APIResponse(responseCode = "404", description = "No questionnaire with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QuestionnaireView get(
            @Parameter(description = "Questionnaire id", example = "core") @PathParam("id") String id,
            @Parameter(description = "Language of the texts (en, ru); overrides Accept-Language") @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language language = languages.resolve(lang, acceptLanguage);
        return catalog.find(id)
                .map(questionnaire -> mapper.view(questionnaire, language))
                .orElseThrow(() -> new ResourceNotFoundException("questionnaire", id));
    }
}
