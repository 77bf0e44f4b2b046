package dev.attest.security.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.attest.support.TestWorkspace;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(KeyRateLimitFilterTest.TightKeyLimit.class)
class KeyRateLimitFilterTest {

    /** Three requests at once per key, then one a minute. */
    public static class TightKeyLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("attest.rate-limit.keys.burst", "3", "attest.rate-limit.keys.requests-per-minute", "1");
        }
    }

    private final TestWorkspace bursting = TestWorkspace.named("Bursting consultancy");
    private final TestWorkspace calm = TestWorkspace.named("Calm consultancy");

    @Test
    void shouldAnswer429WithRetryAfterToOneKeyWhileAnotherIsServed() {
        String calmKey = calm.key();
        for (int i = 0; i < 3; i++) {
            bursting.given().get("/api/v1/workspace").then().statusCode(200);
        }
        bursting.given().get("/api/v1/workspace")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(429));
        given().header("Authorization", "Bearer " + calmKey).get("/api/v1/workspace").then().statusCode(200);
        // The open endpoints are limited per address, not by the key's allowance.
        given().get("/api/v1/questionnaires").then().statusCode(200);
    }

    @Test
    void shouldNotLetOneKeysBurstSpendAnotherKeyOfTheSameWorkspace() {
        String first = bursting.key();
        String second = bursting.newKey("second");
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer " + second).get("/api/v1/keys").then().statusCode(200);
        }
        given().header("Authorization", "Bearer " + second).get("/api/v1/keys").then().statusCode(429);
        given().header("Authorization", "Bearer " + first).get("/api/v1/keys").then().statusCode(200);
    }
}
