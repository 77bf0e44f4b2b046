package dev.attest.web.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import dev.attest.draft.Draft;
import dev.attest.draft.service.DraftService;
import dev.attest.draft.service.SubmitOutcome;
import dev.attest.platform.i18n.Language;
import dev.attest.platform.problem.ResourceNotFoundException;
import dev.attest.questionnaire.Questionnaire;
import dev.attest.questionnaire.Section;
import dev.attest.web.Messages;
import dev.attest.web.service.ResultsService;
import dev.attest.web.service.ResumeLinkMail;
import dev.attest.web.service.ReviewError;
import dev.attest.web.service.StepService;
import dev.attest.web.service.StepService.SaveOutcome;
import dev.attest.web.service.StepView;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

/** A draft's pages, opened by its resume token: the steps, the review, the results. */
@Path("/d/{token}")
@Produces(MediaType.TEXT_HTML)
public class DraftPages {

    @Inject
    Template step;

    @Inject
    Template review;

    @Inject
    Template results;

    @Inject
    DraftService drafts;

    @Inject
    StepService steps;

    @Inject
    ResultsService resultsService;

    @Inject
    ResumeLinkMail mails;

    /** The link a reminder e-mails: opens the draft where its owner left it, or at its first step. */
    @GET
    @Operation(hidden = true)
    public Response resume(@PathParam("token") String token) {
        Draft draft = draft(token);
        Questionnaire questionnaire = drafts.questionnaire(draft);
        String section = draft.currentSection != null ? draft.currentSection : questionnaire.sections().get(0).id();
        return see("/d/" + token + "/s/" + section);
    }

    @GET
    @Path("s/{section}")
    @Operation(hidden = true)
    public TemplateInstance showStep(@PathParam("token") String token, @PathParam("section") String sectionId,
            @RestQuery String add, @RestQuery String welcome, @RestQuery String mail, @BeanParam PageRequest request) {
        Draft draft = draft(token);
        Section section = section(draft, sectionId);
        Language language = language(draft, request);
        StepView view = steps.view(draft, section, language, add);
        Messages msg = StepService.messages(language);
        String notice = "sent".equals(mail) && draft.email != null ? msg.emailSent(draft.email)
                : "failed".equals(mail) ? msg.emailNotSent() : null;
        return stepPage(token, draft, view, language, welcome != null).data("mailNotice", notice);
    }

    @POST
    @Path("s/{section}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response saveStep(@PathParam("token") String token, @PathParam("section") String sectionId,
            @RestForm String action, @BeanParam PageRequest request,
            HttpServerRequest http) {
        Draft draft = draft(token);
        Section section = section(draft, sectionId);
        Language language = language(draft, request);
        SaveOutcome outcome = steps.save(draft, section, form(http), language);
        if (outcome.errorView() != null) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(stepPage(token, draft, outcome.errorView(), language, false)).build();
        }
        String base = "/d/" + token;
        if (action != null && action.startsWith("add.")) {
            return see(base + "/s/" + section.id() + "?add=" + action.substring(4));
        }
        if (outcome.stay()) {
            return see(base + "/s/" + section.id());
        }
        return see(outcome.nextSection() == null ? base + "/review" : base + "/s/" + outcome.nextSection());
    }

    @POST
    @Path("email")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response saveEmail(@PathParam("token") String token,
            @RestForm String email, @RestForm String section, @BeanParam PageRequest request) {
        Draft draft = draft(token);
        Section back = section(draft, section);
        Language language = language(draft, request);
        ResumeLinkMail.Outcome outcome = mails.leave(draft, email, token, back.id(), language);
        String page = "/d/" + token + "/s/" + back.id();
        return switch (outcome) {
            case INVALID -> Response.status(Response.Status.BAD_REQUEST)
                    .entity(stepPage(token, draft, steps.view(draft, back, language, null), language, true)
                            .data("email", email).data("emailError", StepService.messages(language).errEmail()))
                    .build();
            case SENT -> see(page + "?mail=sent");
            case NOT_SENT -> see(page + "?mail=failed");
            case REMOVED -> see(page);
        };
    }

    /**
     * Saves what has been typed on a step so far (posted by the page's script): valid answers are kept, invalid
     * ones are named and leave the answer saved before them in place.
     */
    @POST
    @Path("s/{section}/autosave")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public AutosaveResult autosave(@PathParam("token") String token, @PathParam("section") String sectionId,
            HttpServerRequest http) {
        Draft draft = draft(token);
        Section section = section(draft, sectionId);
        return new AutosaveResult(true, steps.autosave(draft, section, form(http)));
    }

    @GET
    @Path("review")
    @Operation(hidden = true)
    public TemplateInstance showReview(@PathParam("token") String token, @BeanParam PageRequest request) {
        Draft draft = draft(token);
        return reviewPage(token, draft, List.of(), language(draft, request));
    }

    @POST
    @Path("submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response submit(@PathParam("token") String token,
            @BeanParam PageRequest request) {
        Draft draft = draft(token);
        SubmitOutcome outcome = drafts.submit(draft);
        if (!outcome.submitted()) {
            List<ReviewError> errors = steps.reviewErrors(draft, outcome.errors(), language(draft, request));
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(reviewPage(token, draft, errors, language(draft, request))).build();
        }
        return see("/d/" + token + "/results");
    }

    @GET
    @Path("results")
    @Operation(hidden = true)
    public Response showResults(@PathParam("token") String token, @BeanParam PageRequest request) {
        Draft draft = draft(token);
        Language language = language(draft, request);
        return resultsService.results(draft, language)
                .map(view -> Response.ok(results.data("page", PageContext.of(language)).data("token", token)
                        .data("results", view).setLocale(StepService.locale(language))).build())
                .orElseGet(() -> see("/d/" + token + "/review"));
    }

    private TemplateInstance stepPage(String token, Draft draft, StepView view, Language language, boolean welcome) {
        return step.data("page", PageContext.of(language)).data("token", token).data("step", view)
                .data("welcome", welcome).data("email", draft.email == null ? "" : draft.email)
                .data("emailError", null).data("mailNotice", null).setLocale(StepService.locale(language));
    }

    private TemplateInstance reviewPage(String token, Draft draft, List<ReviewError> errors, Language language) {
        Questionnaire questionnaire = drafts.questionnaire(draft);
        List<Section> shown = steps.steps(questionnaire, drafts.answers(draft));
        List<Map<String, String>> sections = new ArrayList<>();
        for (Section section : shown) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("id", section.id());
            entry.put("title", section.title().in(language));
            sections.add(entry);
        }
        return review.data("page", PageContext.of(language)).data("token", token).data("sections", sections)
                .data("errors", errors).setLocale(StepService.locale(language));
    }

    /** The page's language; a language picked on a draft's page becomes the draft's, for its e-mails too. */
    private Language language(Draft draft, PageRequest request) {
        request.chosen().filter(chosen -> !chosen.code().equals(draft.language))
                .ifPresent(chosen -> drafts.changeLanguage(draft, chosen));
        return request.languageFor(draft.language);
    }

    private Draft draft(String token) {
        return drafts.find(token).orElseThrow(ResumeLinks::unknown);
    }

    private Section section(Draft draft, String sectionId) {
        Questionnaire questionnaire = drafts.questionnaire(draft);
        return steps.section(questionnaire, sectionId)
                .orElseThrow(() -> new ResourceNotFoundException("section", sectionId));
    }

    /** Every posted field: Quarkus REST has already read the form body (for the CSRF check and the form params). */
    private static Map<String, List<String>> form(HttpServerRequest http) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        FormData data = CurrentRequestManager.get().getFormData();
        if (data != null) {
            for (String name : data) {
                form.put(name, data.get(name).stream().map(FormValue::getValue).toList());
            }
        }
        return form;
    }

    private static Response see(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
