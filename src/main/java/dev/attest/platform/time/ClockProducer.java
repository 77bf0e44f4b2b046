package dev.attest.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock of the application. {@code attest.clock.fixed} pins it (demos, reproducible runs); the
 * evaluation date of every result derives from it unless a request names its own.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock(@ConfigProperty(name = "attest.clock.fixed") Optional<Instant> fixed) {
        return fixed.map(instant -> Clock.fixed(instant, ZoneOffset.UTC)).orElseGet(Clock::systemUTC);
    }
}
