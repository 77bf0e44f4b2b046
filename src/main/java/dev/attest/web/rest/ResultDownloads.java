package dev.attest.web.rest;

import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.attest.assessment.StoredAssessment;
import dev.attest.draft.Draft;
import dev.attest.draft.service.DraftService;
import dev.attest.platform.i18n.Language;
import dev.attest.report.service.ReportService;
import dev.attest.web.service.ResultsService;

/**
 * The results page's downloads, opened by the resume token: the owner holds the link, not the assessment id, so
 * the id appears neither in these addresses nor in the file names.
 */
@Path("/d/{token}")
public class ResultDownloads {

    static final String PDF = "application/pdf";
    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    DraftService drafts;

    @Inject
    ResultsService results;

    @Inject
    ReportService reports;

    @GET
    @Path("report.pdf")
    @Produces(PDF)
    @Operation(hidden = true)
    public Response report(@PathParam("token") String token, @BeanParam PageRequest request) {
        Submitted submitted = submitted(token, request);
        Language language = submitted.language();
        StoredAssessment stored = submitted.assessment();
        byte[] pdf = reports.pdf(stored.id(), language).orElseThrow(ResumeLinks::notSubmitted);
        return attachment(pdf, PDF, name("report", stored, language, "pdf"));
    }

    @GET
    @Path("action-plan.csv")
    @Produces(CSV)
    @Operation(hidden = true)
    public Response actionPlan(@PathParam("token") String token, @BeanParam PageRequest request) {
        Submitted submitted = submitted(token, request);
        Language language = submitted.language();
        StoredAssessment stored = submitted.assessment();
        byte[] csv = reports.actionPlan(stored.id(), language).orElseThrow(ResumeLinks::notSubmitted);
        return attachment(csv, CSV, name("action-plan", stored, language, "csv"));
    }

    @GET
    @Path("result.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response result(@PathParam("token") String token, @BeanParam PageRequest request) {
        Submitted submitted = submitted(token, request);
        Language language = submitted.language();
        StoredAssessment stored = submitted.assessment();
        Object view = reports.assessment(stored.id(), language).orElseThrow(ResumeLinks::notSubmitted);
        return attachment(view, MediaType.APPLICATION_JSON, name("assessment", stored, language, "json"));
    }

    /** The assessment a resume link leads to, and the language to write it in (the draft's, unless picked). */
    private Submitted submitted(String token, PageRequest request) {
        Draft draft = drafts.find(token).orElseThrow(ResumeLinks::unknown);
        return new Submitted(results.submitted(draft).orElseThrow(ResumeLinks::notSubmitted),
                request.languageFor(draft.language));
    }

    private record Submitted(StoredAssessment assessment, Language language) {
    }

    /** e.g. {@code attest-report-2026-11-28-en.pdf}: the evaluation date tells one year's assessment from the next. */
    private static String name(String what, StoredAssessment stored, Language language, String extension) {
        LocalDate date = stored.result().evaluationDate();
        return "attest-" + what + "-" + date + "-" + language.code() + "." + extension;
    }

    private static Response attachment(Object entity, String type, String filename) {
        return Response.ok(entity, type).header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }
}
