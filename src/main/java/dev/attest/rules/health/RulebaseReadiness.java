package dev.attest.rules.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.attest.rules.service.RulebaseRegistry;

/**
 * Ready once the rulebase has run its packs' cases: when it was loaded from the cache, they run after start-up to
 * warm it up, and until then evaluations are slow.
 */
@Readiness
@ApplicationScoped
public class RulebaseReadiness implements HealthCheck {

    @Inject
    RulebaseRegistry registry;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("rulebase").status(registry.warm())
                .withData("version", registry.current().version()).build();
    }
}
