package dev.attest.rules.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.attest.support.ExampleFiles;
import dev.attest.support.RulesCopyProfile;
import dev.attest.support.TestWorkspace;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Broken rule files (src/test/resources/broken-rules/) put into a copy of rules/: a syntax error, an action that
 * throws, and activations that loop past the bound of firings or of time. None replaces the rulebase that answers,
 * which keeps giving the same results; an evaluation that meets a broken rule gets a problem, never a result.
 */
@QuarkusTest
@TestProfile(RulesCopyProfile.class)
class BrokenRulesTest {

    private static final String BROKEN_RULES = "/broken-rules/";
    private final Path rules = RulesCopyProfile.RULES_COPY;
    private final TestWorkspace workspace = TestWorkspace.named("Broken rules");
    private Path added;
    private String versionBefore;

    @AfterEach
    void removeTheBrokenFile() throws IOException {
        if (added != null && Files.deleteIfExists(added) && !currentVersion().equals(versionBefore)) {
            // A broken file was let in after all: the other tests get the real rules back.
            reload().statusCode(200);
        }
    }

    @Test
    void shouldRefuseARuleFileWithASyntaxErrorNamingFileAndLine() throws IOException {
        refused("syntax-error.drl")
                .body("problems.file", hasItem("gdpr/syntax-error.drl"))
                .body("problems.find { it.file == 'gdpr/syntax-error.drl' }.line", equalTo(7));
    }

    @Test
    void shouldRefuseARuleWhoseActionThrows() throws IOException {
        refused("consequence-throws.drl")
                .body("problems.message", hasItem(containsString(
                        "The rule 'A rule whose action throws' (rules.gdpr) failed while evaluating: a broken rule action.")))
                .body("problems.message", hasItem(containsString("further case(s) were not run")));
    }

    @Test
    void shouldRefuseRulesWhoseActivationsLoopPastTheBoundOfFirings() throws IOException {
        refused("activations-loop.drl")
                .body("problems.message", hasItem(containsString("The rules fired more than 10000 times")));
    }

    @Test
    void shouldRefuseRulesWhoseActivationsLoopPastTheTimeBound() throws IOException {
        refused("activations-loop-slowly.drl")
                .body("problems.message", hasItem(containsString("The rules did not finish within 2000 ms")));
    }

    @Test
    void shouldAnswerAnEvaluationThatMeetsABrokenRuleWithAProblemNeverAResult() throws IOException {
        // These faults hide behind answers no case gives, so the reload cannot see them and accepts the file.
        add("faults-on-one-answer.drl");
        try {
            String withFaults = reload().statusCode(200).body("changed", equalTo(true)).extract().path("currentVersion");
            evaluation("Fault drill: throw").body("detail", equalTo("The rule 'Throw on the throwing drill purpose' (rules.gdpr) "
                    + "failed while evaluating: a broken rule action. The rulebase needs fixing. No result was produced."));
            evaluation("Fault drill: loop").body("detail", equalTo("The rules fired more than 10000 times, which means some "
                    + "rules keep re-activating each other; the rulebase needs fixing. No result was produced."));
            evaluation("Fault drill: slow loop").body("detail", equalTo("The rules did not finish within 2000 ms; the "
                    + "rulebase needs fixing. No result was produced."));

            long stored = storedAssessments();
            workspace.given().contentType(ContentType.JSON).body(withPurposeNamed("Fault drill: throw"))
                    .when().post("/api/v1/assessments")
                    .then().statusCode(500)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:attest:problem:rule-evaluation-failed"));
            assertThat(storedAssessments()).as("nothing stored for the failed evaluation").isEqualTo(stored);
            // Answers that meet no broken rule are still judged.
            given().contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop"))
                    .when().post("/api/v1/evaluations")
                    .then().statusCode(200)
                    .body("rulebase.version", equalTo(withFaults))
                    .body("findings.ruleId", hasItem("GDPR-ART7-PRETICKED"));
        } finally {
            Files.delete(added);
            reload().statusCode(200).body("currentVersion", equalTo(versionBefore));
        }
    }

    /** Adds a broken file, reloads, and checks the refusal and that the rulebase answering did not change. */
    private ValidatableResponse refused(String brokenFile) throws IOException {
        String shoeShop = evaluateShoeShop();
        add(brokenFile);
        String version = versionBefore;
        ValidatableResponse refusal = reload().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:attest:problem:rulebase-rejected"))
                .body("currentVersion", equalTo(version))
                .body("detail", containsString("rulebase " + version + " keeps answering"));
        assertThat(currentVersion()).isEqualTo(version);
        assertThat(evaluateShoeShop()).as("the same result as before the refused reload").isEqualTo(shoeShop);
        return refusal;
    }

    private ValidatableResponse evaluation(String purposeName) {
        return given().contentType(ContentType.JSON).body(withPurposeNamed(purposeName))
                .when().post("/api/v1/evaluations")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:attest:problem:rule-evaluation-failed"))
                .body("title", equalTo("The rules could not evaluate these answers"))
                .body("$", not(hasKey("findings")))
                .body("$", not(hasKey("scores")));
    }

    private void add(String brokenFile) throws IOException {
        versionBefore = currentVersion();
        added = rules.resolve("gdpr").resolve(brokenFile);
        try (InputStream content = BrokenRulesTest.class.getResourceAsStream(BROKEN_RULES + brokenFile)) {
            assertThat(content).as("test resource %s", brokenFile).isNotNull();
            Files.copy(content, added, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String withPurposeNamed(String name) {
        return ExampleFiles.body("shoe-shop").replace("\"Processing and shipping orders\"", "\"" + name + "\"");
    }

    private long storedAssessments() {
        return ((Number) workspace.given().when().get("/api/v1/assessments")
                .then().statusCode(200).extract().path("total")).longValue();
    }

    private static ValidatableResponse reload() {
        return given().header("Authorization", TestWorkspace.ADMIN).contentType(ContentType.JSON)
                .when().post("/api/v1/admin/rulebase/reload").then();
    }

    private static String evaluateShoeShop() {
        return given().contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(200).extract().asString();
    }

    private static String currentVersion() {
        return given().when().get("/api/v1/rulebase").then().statusCode(200).extract().path("version");
    }
}
