package dev.attest.report.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import dev.attest.support.ExampleFiles;
import dev.attest.support.TestWorkspace;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ReportResourceTest {

    private final TestWorkspace workspace = TestWorkspace.named("Report tests");

    private static final String PRETICKED = "GDPR-ART7-PRETICKED";

    @Test
    void shouldWriteThePdfReportWithScoresFindingsStepsAndVersions() throws IOException {
        String id = createShoeShop();
        JsonPath result = workspace.given().when().get("/api/v1/assessments/" + id).then().statusCode(200).extract().jsonPath();
        byte[] pdf = workspace.given().when().get("/api/v1/assessments/" + id + "/report.pdf")
                .then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", startsWith("attachment; filename=\"attest-report-" + id))
                .extract().asByteArray();

        String text = text(pdf);
        int overall = result.getInt("result.scores.overall");
        String step = result.getString("result.findings.find { it.ruleId == '" + PRETICKED + "' }.remediation[1]");
        assertThat(text).contains("Privacy self-assessment report")
                .contains("Overall score: " + overall + " out of 100")
                .contains("Fix these first")
                .contains("GDPR Art. 7(1)")
                .contains(step)
                .contains(result.getString("result.rulebase.version"))
                .contains(result.getString("result.rulebase.textsVersion"));
    }

    @Test
    void shouldWriteThePdfReportInRussianWithCyrillicTextExtractable() throws IOException {
        String id = createShoeShop();
        byte[] pdf = workspace.given().header("Accept-Language", "de").queryParam("lang", "ru")
                .when().get("/api/v1/assessments/" + id + "/report.pdf")
                .then().statusCode(200).extract().asByteArray();

        assertThat(text(pdf)).contains("Отчёт о самооценке защиты персональных данных")
                .contains("Галочки согласия проставлены заранее")
                .contains("Исправьте в первую очередь")
                .contains("Сохраняйте по каждому согласию: кто его дал, когда и какой текст видел.");
    }

    @Test
    void shouldWriteOneActionPlanRowPerRemediationStepWithQuotedFields() {
        String id = createShoeShop();
        JsonPath result = workspace.given().when().get("/api/v1/assessments/" + id).then().statusCode(200).extract().jsonPath();
        List<String> steps = result.getList("result.findings.find { it.ruleId == '" + PRETICKED + "' }.remediation");
        byte[] body = workspace.given().when().get("/api/v1/assessments/" + id + "/action-plan.csv")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=\"attest-action-plan-" + id))
                .extract().asByteArray();

        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("severity,ruleId,citation,finding,step,action,status,doneAt\r\n");
        // the first step holds commas, so it is quoted as a whole
        assertThat(csv).contains(",1,\"" + steps.get(0) + "\",open,\r\n");
        List<List<String>> rows = parse(csv).stream().filter(row -> row.get(1).equals(PRETICKED)).toList();
        assertThat(rows).hasSize(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            assertThat(rows.get(i)).containsExactly("high", PRETICKED, "GDPR Art. 7(1)", "Consent boxes are ticked in advance",
                    String.valueOf(i + 1), steps.get(i), "open", "");
        }
    }

    @Test
    void shouldShowTickedStepsAsDoneInTheActionPlanAndThePdf() throws IOException {
        String id = createShoeShop();
        List<String> steps = workspace.given().when().get("/api/v1/assessments/" + id).then().extract().jsonPath()
                .getList("result.findings.find { it.ruleId == '" + PRETICKED + "' }.remediation");
        String doneAt = workspace.given().contentType(ContentType.JSON).body("{\"done\": true}")
                .put("/api/v1/assessments/" + id + "/action-plan/" + PRETICKED + "/steps/2")
                .then().statusCode(200).extract().path("doneAt");

        byte[] body = workspace.given().when().get("/api/v1/assessments/" + id + "/action-plan.csv").then().statusCode(200)
                .extract().asByteArray();
        List<List<String>> rows = parse(new String(body, 3, body.length - 3, StandardCharsets.UTF_8)).stream()
                .filter(row -> row.get(1).equals(PRETICKED)).toList();
        assertThat(rows.get(0).subList(6, 8)).containsExactly("open", "");
        assertThat(rows.get(1).subList(6, 8)).containsExactly("done", doneAt);

        byte[] pdf = workspace.given().when().get("/api/v1/assessments/" + id + "/report.pdf").then().statusCode(200)
                .extract().asByteArray();
        String text = text(pdf);
        assertThat(text).contains("What to do (1 of " + steps.size() + " done):")
                .contains("\u2610 " + steps.get(0)).contains("\u2611 " + steps.get(1)).contains("\u2610 " + steps.get(2));
    }

    @Test
    void shouldDownloadTheSameJsonAsTheAssessment() {
        String id = createShoeShop();
        String read = workspace.given().queryParam("lang", "ru").when().get("/api/v1/assessments/" + id).then().statusCode(200).extract().asString();
        String download = workspace.given().queryParam("lang", "ru").when().get("/api/v1/assessments/" + id + "/result.json")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .header("Content-Disposition", equalTo("attachment; filename=\"attest-assessment-" + id + "-ru.json\""))
                .extract().asString();
        assertThat(download).isEqualTo(read);
    }

    @Test
    void shouldNotFindDownloadsOfAnUnknownAssessment() {
        for (String download : List.of("report.pdf", "action-plan.csv", "result.json")) {
            workspace.given().when().get("/api/v1/assessments/00000000-0000-0000-0000-000000000000/" + download)
                    .then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", equalTo(404));
        }
    }

    private String createShoeShop() {
        return workspace.given().contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop"))
                .when().post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");
    }

    /** The PDF's text with line breaks from wrapping folded into spaces. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
