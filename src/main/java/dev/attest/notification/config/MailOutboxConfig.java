package dev.attest.notification.config;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Sending the queued re-assessment e-mails. */
@ConfigMapping(prefix = "attest.mail-outbox")
public interface MailOutboxConfig {

    /** How often queued e-mails are sent; {@code off} stops the poller (tests send on demand). */
    @WithDefault("10s")
    String poll();

    /** E-mails claimed per round. */
    @WithDefault("50")
    int batchSize();

    /** How long a claimed e-mail is this instance's before another may try it, should this one die. */
    @WithDefault("5m")
    Duration claimLease();

    /** Attempts before an e-mail is given up as failed. */
    @WithDefault("5")
    int maxAttempts();

    /** The waits after each failed attempt; the last repeats. */
    @WithDefault("1m,10m,1h,6h")
    List<Duration> backoff();
}
