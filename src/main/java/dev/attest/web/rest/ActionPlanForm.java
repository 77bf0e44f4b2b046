package dev.attest.web.rest;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

import dev.attest.draft.Draft;
import dev.attest.draft.service.DraftService;
import dev.attest.web.service.PlanSaved;
import dev.attest.web.service.ResultsService;

/**
 * The results page's action-plan forms. Without JavaScript a form post saves the ticks and goes back to the finding;
 * the page's script posts the same form on every tick, asking for JSON, and shows the answer without a reload.
 */
@Path("/d/{token}/results/plan")
public class ActionPlanForm {

    @Inject
    DraftService drafts;

    @Inject
    ResultsService results;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response save(@PathParam("token") String token, @RestForm List<String> shown, @RestForm List<String> done, @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @BeanParam PageRequest request) {
        Draft draft = drafts.find(token).orElseThrow(ResumeLinks::unknown);
        PlanSaved saved = results.savePlan(draft, shown, done, request.languageFor(draft.language))
                .orElseThrow(ResumeLinks::notSubmitted);
        if (accept != null && accept.contains(MediaType.APPLICATION_JSON)) {
            return Response.ok(saved, MediaType.APPLICATION_JSON).build();
        }
        String back = "/d/" + token + "/results";
        if (shown != null && !shown.isEmpty()) {
            back += "#finding-" + shown.get(0).substring(0, shown.get(0).lastIndexOf(':'));
        }
        return Response.seeOther(URI.create(back)).build();
    }
}
