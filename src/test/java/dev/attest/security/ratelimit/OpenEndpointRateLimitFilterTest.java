package dev.attest.security.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(OpenEndpointRateLimitFilterTest.TightLimit.class)
class OpenEndpointRateLimitFilterTest {

    /** Three requests at once, then one a minute. */
    public static class TightLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("attest.rate-limit.open.burst", "3", "attest.rate-limit.open.requests-per-minute", "1");
        }
    }

    @Test
    void shouldAnswer429WithRetryAfterOnceAClientSpendsItsAllowance() {
        for (int i = 0; i < 3; i++) {
            given().when().get("/api/v1/questionnaires").then().statusCode(200);
        }
        given().when().get("/api/v1/questionnaires")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(429));
        // Health is not an open API endpoint: monitoring keeps working while a client is limited.
        given().when().get("/q/health").then().statusCode(200);
    }
}
