package dev.attest.rules.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.attest.rules.engine.Rulebase;
import dev.attest.rules.service.RulebaseArchive;
import dev.attest.support.ExampleFiles;
import dev.attest.support.RulesCopyProfile;
import dev.attest.support.TestWorkspace;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** Reloads work on a copy of rules/ in a temporary folder, never on the tracked files. */
@QuarkusTest
@TestProfile(RulesCopyProfile.class)
class RulebaseReloadTest {

    private final TestWorkspace workspace = TestWorkspace.named("Reload tests");

    @Inject
    RulebaseArchive archive;

    private static final String ADMIN = "Bearer test-admin-key";
    private final Path rules = RulesCopyProfile.RULES_COPY;

    @AfterEach
    void restoreTheCopy() throws IOException {
        Files.deleteIfExists(rules.resolve("gdpr/always-fires.drl"));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).when().post("/api/v1/admin/rulebase/reload").then().statusCode(200);
    }

    @Test
    void shouldRefuseRulesWhoseCasesFail() throws IOException {
        String before = currentVersion();
        Files.writeString(rules.resolve("gdpr/always-fires.drl"), """
                package rules.gdpr;

                import dev.attest.rules.fact.*;
                import function dev.attest.rules.engine.RuleFunctions.*;

                rule "Every consent box is flagged, ticked or not"
                when
                    $box : Answer(question == "consent_preticked")
                then
                    insertLogical(new Violation("GDPR-ART7-PRETICKED", java.util.List.of($box), null));
                end
                """);
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .when().post("/api/v1/admin/rulebase/reload")
                .then().statusCode(422)
                .body("problems.message", hasItem(containsString("expected GDPR-ART7-PRETICKED to be passed")))
                .body("currentVersion", equalTo(before));
    }

    @Test
    void shouldKeepTheRulebaseVersionWhenOnlyTextsChange() throws IOException {
        String before = currentVersion();
        Path texts = Files.list(rules.resolve("gdpr")).filter(file -> file.toString().endsWith(".texts.yaml")).findFirst()
                .orElseThrow();
        String original = Files.readString(texts);
        try {
            Files.writeString(texts, original + "\n# a typo fixed\n");
            given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                    .when().post("/api/v1/admin/rulebase/reload")
                    .then().statusCode(200)
                    .body("currentVersion", equalTo(before))
                    .body("changed", equalTo(false));
        } finally {
            Files.writeString(texts, original);
        }
    }

    @Test
    void shouldKeepTheRulesThatJudgedAStoredResultAfterTheyChange() throws IOException {
        String judgedBy = workspace.given().contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop"))
                .when().post("/api/v1/assessments")
                .then().statusCode(201).extract().path("result.rulebase.version");
        String id = workspace.given().contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop"))
                .when().post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");
        Path retention = rules.resolve("gdpr/retention.drl");
        String original = Files.readString(retention);
        try {
            Files.writeString(retention, original + "\n// a logic file changed: a new rulebase version\n");
            String newVersion = given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                    .when().post("/api/v1/admin/rulebase/reload")
                    .then().statusCode(200)
                    .body("changed", equalTo(true))
                    .extract().path("currentVersion");
            assertThat(newVersion).isNotEqualTo(judgedBy);
            Rulebase archived = archive.find(judgedBy).orElseThrow();
            assertThat(archived.version()).isEqualTo(judgedBy);
            assertThat(archived.checks()).containsKey("GDPR-ART7-PRETICKED");
            workspace.given().when().get("/api/v1/assessments/" + id)
                    .then().statusCode(200)
                    .body("result.rulebase.version", equalTo(judgedBy));
        } finally {
            Files.writeString(retention, original);
        }
    }

    @Test
    void shouldRequireTheAdminKey() {
        given().contentType(ContentType.JSON).when().post("/api/v1/admin/rulebase/reload")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        given().header("Authorization", "Bearer wrong").contentType(ContentType.JSON).when().post("/api/v1/admin/rulebase/reload")
                .then().statusCode(401);
    }

    @Test
    void shouldDescribeTheRulebase() {
        given().when().get("/api/v1/rulebase")
                .then().statusCode(200)
                .body("frameworks", hasItem("GDPR"))
                .body("checks.find { it.id == 'GDPR-ART7-PRETICKED' }.citation", containsString("Art. 7"))
                .body("checks.id", not(hasItem("")))
                .body("checkCounts.GDPR", org.hamcrest.Matchers.greaterThanOrEqualTo(9));
        given().queryParam("framework", "ccpa").when().get("/api/v1/rulebase")
                .then().statusCode(200)
                .body("checks.framework", org.hamcrest.Matchers.everyItem(equalTo("CCPA")));
    }

    private static String currentVersion() {
        return given().when().get("/api/v1/rulebase").then().statusCode(200).extract().path("version");
    }
}
