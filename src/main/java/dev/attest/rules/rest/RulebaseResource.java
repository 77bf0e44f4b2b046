package dev.attest.rules.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.attest.platform.i18n.LanguageResolver;
import dev.attest.platform.problem.Problem;
import dev.attest.rules.mapping.RulebaseMapper;
import dev.attest.rules.service.ReloadReport;
import dev.attest.rules.service.RulebaseRegistry;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rulebase", description = "The rules answering evaluations, and their reload")
public class RulebaseResource {

    @Inject
    RulebaseRegistry registry;

    @Inject
    LanguageResolver languages;

    @Inject
    RulebaseMapper mapper;

    @GET
    @Path("/rulebase")
    @Operation(summary = "Describe the rulebase (the rule catalogue)", description = "Versions, frameworks, the number of checks "
            + "per framework and every check with its severity, citation and the questions it reads; `framework` narrows the list.")
    @APIResponse(responseCode = "200", description = "The rulebase answering now", content = @Content(schema = @Schema(implementation = RulebaseView.class)))
    public RulebaseView describe(
            @Parameter(description = "Only the checks of this framework, e.g. GDPR") @QueryParam("framework") String framework,
            @Parameter(description = "Language of the texts (en, ru); overrides Accept-Language") @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return mapper.catalogue(registry.current(), framework, languages.resolve(lang, acceptLanguage));
    }

    @POST
    @Path("/admin/rulebase/reload")
    @SecurityRequirement(name = "adminKey")
    @Operation(summary = "Reload the rules folder", description = "Compiles the rules aside and swaps them in only if they compile "
            + "and the packs' own cases pass within the time limit. Otherwise the current rulebase keeps answering.")
    @APIResponse(responseCode = "200", description = "The new rulebase answers", content = @Content(schema = @Schema(implementation = ReloadView.class)))
    @APIResponse(responseCode = "401", description = "Missing or wrong admin key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Refused: the problems name file and line, or the failing case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = RulebaseRejectedProblem.class)))
    public Response reload() {
        ReloadReport report = registry.reload();
        if (report.accepted()) {
            return Response.ok(new ReloadView(report.previousVersion(), report.currentVersion(), report.textsVersion(),
                    !report.previousVersion().equals(report.currentVersion()))).build();
        }
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(new RulebaseRejectedProblem(
                "urn:attest:problem:rulebase-rejected", "The new rules were refused", 422,
                report.problems().size() + " problem(s); rulebase " + report.currentVersion() + " keeps answering.",
                report.currentVersion(), report.problems())).build();
    }
}
