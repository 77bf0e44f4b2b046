package dev.attest.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Webhooks as in production: receivers must be public addresses. */
public class PublicReceiversProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("attest.webhooks.allow-private-addresses", "false");
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }
}
