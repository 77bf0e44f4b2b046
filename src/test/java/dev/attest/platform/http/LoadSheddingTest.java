package dev.attest.platform.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.attest.support.ExampleFiles;
import dev.attest.support.TestWorkspace;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** With every turn taken, an API request is refused at once with 503 and Retry-After; health checks still answer. */
@QuarkusTest
class LoadSheddingTest {

    @Inject
    InFlightLimit limit;

    @Inject
    LoadSheddingConfig config;

    private final TestWorkspace workspace = TestWorkspace.named("Load shedding");
    private int taken;

    @AfterEach
    void giveTheTurnsBack() {
        for (; taken > 0; taken--) {
            limit.leave();
        }
    }

    @Test
    void shouldRefuseApiRequestsWith503WhileEveryTurnIsTakenAndServeThemAgainOnceOneIsFree() {
        workspace.key();
        while (limit.tryEnter()) {
            taken++;
        }
        assertThat(taken).isEqualTo(config.maxInFlight());

        given().contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("type", equalTo("urn:attest:problem:overloaded"))
                .body("detail", equalTo("The service is working on as many requests as it can; this one was not started. "
                        + "Try again in 1 s."));
        workspace.given().contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop"))
                .when().post("/api/v1/assessments")
                .then().statusCode(503)
                .body("type", equalTo("urn:attest:problem:overloaded"));
        given().contentType(ContentType.JSON).header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5")
                .body(ExampleFiles.body("shoe-shop"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(503)
                .body("type", equalTo("urn:attest:problem:overloaded"), "title", equalTo("Сервис перегружен"))
                .body("detail", equalTo("Сервис уже обрабатывает столько запросов, сколько может; этот запрос не начат. "
                        + "Повторите через 1 с."));
        given().when().get("/q/health/ready").then().statusCode(200);

        limit.leave();
        taken--;
        given().contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(200);
        workspace.given().when().get("/api/v1/assessments").then().statusCode(200).body("total", equalTo(0));
    }
}
