package dev.attest.web.rest;

import static dev.attest.web.rest.WebDrafts.start;
import static dev.attest.web.rest.WebDrafts.submitExample;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import dev.attest.draft.service.DraftService;
import dev.attest.support.TestWorkspace;
import dev.attest.web.rest.WebDrafts.Started;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ResultDownloadsTest {

    private final TestWorkspace selfService = TestWorkspace.selfService();

    @Inject
    DraftService drafts;

    @Test
    void shouldLinkTheDownloadsFromTheResultsPageWithoutTheAssessmentId() {
        Started draft = start();
        submitExample(drafts, draft, "shoe-shop");
        String id = assessmentId(draft);
        String page = given().get("/d/" + draft.token() + "/results").then().statusCode(200).extract().asString();

        assertThat(page).contains("href=\"/d/" + draft.token() + "/report.pdf?lang=en\"")
                .contains("href=\"/d/" + draft.token() + "/action-plan.csv?lang=en\"")
                .contains("href=\"/d/" + draft.token() + "/result.json?lang=en\"")
                .contains("Download your results")
                .doesNotContain(id);
    }

    @Test
    void shouldDownloadTheReportActionPlanAndResultInThePageLanguage() throws IOException {
        Started draft = start();
        submitExample(drafts, draft, "shoe-shop");
        String id = assessmentId(draft);
        String date = selfService.given().get("/api/v1/assessments/" + id).then().extract().path("result.evaluationDate");

        byte[] pdf = given().queryParam("lang", "ru").get("/d/" + draft.token() + "/report.pdf")
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", equalTo("attachment; filename=\"attest-report-" + date + "-ru.pdf\""))
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Отчёт о самооценке");
        }

        byte[] csv = given().get("/d/" + draft.token() + "/action-plan.csv")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"attest-action-plan-" + date + "-en.csv\""))
                .extract().asByteArray();
        byte[] api = selfService.given().get("/api/v1/assessments/" + id + "/action-plan.csv").then().extract().asByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo(new String(api, StandardCharsets.UTF_8));

        String json = given().get("/d/" + draft.token() + "/result.json")
                .then().statusCode(200).contentType(ContentType.JSON)
                .header("Content-Disposition", equalTo("attachment; filename=\"attest-assessment-" + date + "-en.json\""))
                .extract().asString();
        assertThat(json).isEqualTo(selfService.given().get("/api/v1/assessments/" + id).then().extract().asString());
    }

    @Test
    void shouldNotDownloadBeforeSubmissionOrFromAnUnknownLink() {
        Started draft = start();
        String unknown = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        for (String download : List.of("report.pdf", "action-plan.csv", "result.json")) {
            given().get("/d/" + draft.token() + "/" + download).then().statusCode(404)
                    .contentType("application/problem+json").body("detail", startsWith("This self-assessment has not been submitted"));
            String body = given().get("/d/" + unknown + "/" + download).then().statusCode(404).extract().asString();
            assertThat(body).contains("resume link does not lead").doesNotContain(unknown);
        }
    }

    private String assessmentId(Started draft) {
        return drafts.find(draft.token()).orElseThrow().submittedAssessmentId;
    }
}
