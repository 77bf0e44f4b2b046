package dev.attest.rules.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.attest.rules.service.RulebaseRegistry;
import io.quarkus.test.junit.QuarkusTest;

/** Readiness names the rulebase, up once its cases ran (at start-up here: tests compile the rules, uncached). */
@QuarkusTest
class RulebaseReadinessTest {

    @Inject
    RulebaseRegistry registry;

    @Test
    void shouldReportTheRulebaseReadyWithItsVersion() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'rulebase' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'rulebase' }.data.version", equalTo(registry.current().version()))
                .body("checks.name", hasItem("rulebase"));
    }
}
