package dev.attest.platform.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.attest.support.ExampleFiles;
import io.restassured.RestAssured;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ProblemRoutesTest {

    @Test
    void shouldAnswerAnUnknownAddressWithAProblem() {
        given().when().get("/no/such/place")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"));
    }

    @Test
    void shouldAnswerAnUnknownApiPathWithAProblem() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void shouldAnswerAWrongMethodWithAProblem() {
        given().when().delete("/api/v1/questionnaires")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    @Test
    void shouldRefuseABodyOverTheLimitWithAProblem() {
        String huge = "{\"questionnaire\": \"core\", \"answers\": {\"x\": \"" + "a".repeat(1_200_000) + "\"}}";
        given().contentType(ContentType.JSON).body(huge)
                .when().post("/api/v1/evaluations")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void shouldAskForTheLengthOfAChunkedBodyWhereOnlyTheCeilingWouldHoldItBack() throws Exception {
        byte[] body = ExampleFiles.body("shoe-shop").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/api/v1/evaluations"))
                .header("Content-Type", "application/json")
                // A publisher of unknown length: the client sends the body chunked, without Content-Length.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(411);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("Content-Length");
    }

    @Test
    void shouldServeHealthAndTheOpenApiDocument() {
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/evaluations'.post.summary", equalTo("Evaluate answers"))
                .body("components.schemas.Problem.description", not(containsString("Exception")));
    }
}
