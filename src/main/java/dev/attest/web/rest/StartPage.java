package dev.attest.web.rest;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

import dev.attest.draft.service.DraftService;
import dev.attest.draft.service.NewDraft;
import dev.attest.platform.i18n.Language;
import dev.attest.web.config.WebConfig;
import dev.attest.web.service.StepService;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** The start page, and starting a draft (rate-limited per client address). */
@Path("/")
public class StartPage {

    @Inject
    Template start;

    @Inject
    DraftService drafts;

    @Inject
    StepService steps;

    @Inject
    WebConfig config;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance page(@BeanParam PageRequest request) {
        Language language = request.language();
        return start.data("page", PageContext.of(language)).setLocale(StepService.locale(language));
    }

    /** Creates a draft and opens its first step, where the resume link is shown once. */
    @POST
    @Path("drafts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@BeanParam PageRequest request) {
        Language language = request.language();
        NewDraft created = drafts.create(config.questionnaire(), language);
        String first = steps.steps(drafts.questionnaire(created.draft()), drafts.answers(created.draft()))
                .get(0).id();
        return Response.seeOther(URI.create("/d/" + created.token() + "/s/" + first + "?welcome=1")).build();
    }
}
