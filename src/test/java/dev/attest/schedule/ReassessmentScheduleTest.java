package dev.attest.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.schedule.service.ReassessmentRunner;
import dev.attest.schedule.service.RunSummary;
import dev.attest.support.ExampleFiles;
import dev.attest.support.TestWorkspace;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * The shoe shop assessed on 2026-11-29, its cadence twelve months, and the clock at 2027-11-29: the job re-assesses
 * it. Where the rules change in between, a copy of {@code rules/} gets a GDPR threshold in force from 2027-06-01.
 */
@QuarkusTest
@TestProfile(ScheduleTestProfile.class)
class ReassessmentScheduleTest {

    private static final String A_YEAR_AGO = "2026-11-29";

    private static final String RENAMED_CHECK = RuleChanges.RENAMED_CHECK;

    private final TestWorkspace consultancy = TestWorkspace.named("Scheduled consultancy");

    @Inject
    RuleChanges ruleChanges;

    @Inject
    ReassessmentRunner runner;

    @AfterEach
    void restoreTheRules() throws IOException {
        ruleChanges.restore();
    }

    @Test
    void shouldReassessAnOrganisationAssessedAYearAgoWithDriftNamingTheRuleChange() throws IOException {
        String organisation = organisationAssessedAYearAgo("Kleine Schuhe GmbH");
        consultancy.given().get("/api/v1/organisations/" + organisation).then().statusCode(200)
                .body("schedule.lastAssessedOn", equalTo(A_YEAR_AGO))
                .body("schedule.nextDueOn", equalTo(ScheduleTestProfile.TODAY))
                .body("schedule.status", equalTo("due"));
        ruleChanges.sinceAYearAgo();

        RestAssured.given().header("Authorization", TestWorkspace.ADMIN).post("/api/v1/admin/reassessments/runs")
                .then().statusCode(200).body("status", equalTo("finished")).body("runDate", equalTo(ScheduleTestProfile.TODAY));

        var reassessment = consultancy.given().get("/api/v1/organisations/" + organisation + "/reassessments")
                .then().statusCode(200).body("total", equalTo(1)).extract().jsonPath();
        assertThat(reassessment.getString("items[0].trigger")).isEqualTo("schedule");
        assertThat(reassessment.getString("items[0].dueOn")).isEqualTo(ScheduleTestProfile.TODAY);
        assertThat(reassessment.getBoolean("items[0].drift.rulesChanged")).isTrue();
        assertThat(reassessment.getList("items[0].drift.newFindings", Map.class))
                .contains(Map.of("check", "GDPR-ART12-ACCESS-DEADLINE", "framework", "GDPR", "cause", "rules-changed"));
        assertThat(reassessment.getList("items[0].drift.changedParameters", String.class)).contains("gdpr.rights_response_max_days");
        assertThat(reassessment.getList("items[0].drift.parameterChanges", Map.class))
                .contains(Map.of("name", "gdpr.rights_response_max_days", "older", 92.0f, "newer", 15.0f, "effectiveFrom", "2027-06-01"));
        assertThat(reassessment.getList("items[0].drift.rulebaseChanges.added.check", String.class)).containsExactly(RENAMED_CHECK);
        assertThat(reassessment.getList("items[0].drift.rulebaseChanges.removed.check", String.class))
                .containsExactly("GDPR-ART22-AUTOMATED-DECISIONS");
        assertThat(reassessment.getList("items[0].drift.rulebaseChanges.changed", Map.class)).containsExactlyInAnyOrder(
                changedCheck("GDPR-ART12-ACCESS-DEADLINE", "GDPR Art. 12(3)", "high", null, List.of("logic")),
                changedCheck("GDPR-ART15-20-RIGHTS-CAPABILITY", "GDPR Art. 15-20", "critical", "high", List.of("severity")));
        String newId = reassessment.getString("items[0].assessmentId");
        consultancy.given().queryParam("against", reassessment.getString("items[0].previousAssessmentId"))
                .queryParam("lang", "ru").get("/api/v1/assessments/" + newId + "/diff").then().statusCode(200)
                .body("changedParameters.find { it.name == 'gdpr.rights_response_max_days' }.effectiveFrom", equalTo("2027-06-01"))
                .body("rulebaseChanges.added.checkId", contains(RENAMED_CHECK))
                .body("rulebaseChanges.added[0].title", matchesPattern(".*[А-Яа-я].*"))
                .body("rulebaseChanges.removed.checkId", contains("GDPR-ART22-AUTOMATED-DECISIONS"))
                .body("rulebaseChanges.removed[0].title", matchesPattern(".*[А-Яа-я].*"))
                .body("rulebaseChanges.changed.find { it.checkId == 'GDPR-ART15-20-RIGHTS-CAPABILITY' }.olderSeverity",
                        equalTo("high"));
        consultancy.given().get("/api/v1/assessments/" + newId).then().statusCode(200)
                .body("previousAssessmentId", equalTo(reassessment.getString("items[0].previousAssessmentId")))
                .body("result.evaluationDate", equalTo(ScheduleTestProfile.TODAY));
        consultancy.given().get("/api/v1/organisations/" + organisation).then()
                .body("schedule.lastAssessedOn", equalTo(ScheduleTestProfile.TODAY))
                .body("schedule.nextDueOn", equalTo("2028-11-29"))
                .body("schedule.status", equalTo("scheduled"));
    }

    private static Map<String, Object> changedCheck(String check, String citation, String severity, String olderSeverity,
            List<String> changes) {
        Map<String, Object> change = new HashMap<>(Map.of("check", check, "framework", "GDPR", "citation", citation,
                "severity", severity, "changes", changes));
        if (olderSeverity != null) {
            change.put("olderSeverity", olderSeverity);
        }
        return change;
    }

    @Test
    void shouldReassessEachDuePeriodOnceHoweverManyRunsOverlap() {
        List<String> organisations = List.of(organisationAssessedAYearAgo("First"), organisationAssessedAYearAgo("Second"),
                organisationAssessedAYearAgo("Third"));
        LocalDate today = LocalDate.parse(ScheduleTestProfile.TODAY);
        List<CompletableFuture<RunSummary>> runs = List.of(CompletableFuture.supplyAsync(() -> runner.run(today)),
                CompletableFuture.supplyAsync(() -> runner.run(today)), CompletableFuture.supplyAsync(() -> runner.run(today)));
        runs.forEach(CompletableFuture::join);
        runner.run(today);

        for (String organisation : organisations) {
            consultancy.given().get("/api/v1/organisations/" + organisation + "/reassessments").then().body("total", equalTo(1));
            consultancy.given().get("/api/v1/organisations/" + organisation + "/assessments").then().body("total", equalTo(2));
            long records = QuarkusTransaction.requiringNew().call(() -> ScheduledReassessment.count("organisationId", organisation));
            assertThat(records).isEqualTo(1);
        }
        assertThat(runs.stream().mapToInt(run -> run.join().failed()).sum()).isZero();
    }

    @Test
    void shouldLeaveAPausedScheduleAloneAndListItAgainOnceResumed() {
        String organisation = organisationAssessedAYearAgo("Paused GmbH");
        consultancy.given().get("/api/v1/reassessments/due").then().statusCode(200)
                .body("items.id", hasItem(organisation)).body("items.find { it.id == '" + organisation + "' }.daysLeft", equalTo(0));
        consultancy.given().contentType(ContentType.JSON).body("{\"paused\": true}")
                .put("/api/v1/organisations/" + organisation + "/schedule")
                .then().statusCode(200).body("paused", equalTo(true)).body("status", equalTo("paused"));
        runner.run(LocalDate.parse(ScheduleTestProfile.TODAY));
        consultancy.given().get("/api/v1/organisations/" + organisation + "/reassessments").then().body("total", equalTo(0));
        consultancy.given().get("/api/v1/reassessments/due").then().body("items.id", not(hasItem(organisation)));

        consultancy.given().contentType(ContentType.JSON).body("{\"paused\": false}")
                .put("/api/v1/organisations/" + organisation + "/schedule").then().statusCode(200).body("status", equalTo("due"));
        consultancy.given().get("/api/v1/reassessments/due").then().body("items.id", hasItem(organisation));
    }

    @Test
    void shouldReassessNowOnRequestAndMoveTheDueDateOn() {
        String organisation = organisationAssessedAYearAgo("Impatient Ltd");
        consultancy.given().post("/api/v1/organisations/" + organisation + "/reassessments")
                .then().statusCode(201).body("trigger", equalTo("request")).body("dueOn", equalTo(ScheduleTestProfile.TODAY))
                .body("drift.rulesChanged", equalTo(true));
        consultancy.given().get("/api/v1/organisations/" + organisation).then().body("schedule.nextDueOn", equalTo("2028-11-29"));
        runner.run(LocalDate.parse(ScheduleTestProfile.TODAY));
        consultancy.given().get("/api/v1/organisations/" + organisation + "/reassessments").then().body("total", equalTo(1));
    }

    @Test
    void shouldRefuseToReassessAnOrganisationWithoutAssessmentsAndBadParameters() {
        String organisation = consultancy.given().contentType(ContentType.JSON).body("{\"name\": \"New GmbH\", \"country\": \"DE\"}")
                .post("/api/v1/organisations").then().statusCode(201).body("schedule.status", equalTo("not-assessed"))
                .extract().path("id");
        consultancy.given().post("/api/v1/organisations/" + organisation + "/reassessments")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:attest:problem:nothing-to-reassess"));
        consultancy.given().queryParam("within", "400").get("/api/v1/reassessments/due")
                .then().statusCode(400).body("errors[0].pointer", equalTo("within"));
        consultancy.given().contentType(ContentType.JSON).body("{}").put("/api/v1/organisations/" + organisation + "/schedule")
                .then().statusCode(400).body("errors[0].pointer", equalTo("/paused"));
        TestWorkspace.named("Stranger").given().post("/api/v1/organisations/" + organisation + "/reassessments")
                .then().statusCode(404);
    }

    private String organisationAssessedAYearAgo(String name) {
        String organisation = consultancy.given().contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"country\": \"DE\"}").post("/api/v1/organisations")
                .then().statusCode(201).extract().path("id");
        ObjectNode request = (ObjectNode) ExampleFiles.json("shoe-shop");
        request.put("evaluationDate", A_YEAR_AGO);
        consultancy.given().contentType(ContentType.JSON).body(request.toString())
                .post("/api/v1/organisations/" + organisation + "/assessments").then().statusCode(201);
        return organisation;
    }
}
