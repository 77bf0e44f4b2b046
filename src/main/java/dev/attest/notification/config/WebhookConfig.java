package dev.attest.notification.config;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Webhook delivery. */
@ConfigMapping(prefix = "attest.webhooks")
public interface WebhookConfig {

    /**
     * How often the poller looks for due deliveries, e.g. {@code 5s}; {@code off} stops it on this instance. Read by
     * the scheduler from the property ({@code WebhookPoller}); declared here so that it is typed and documented.
     */
    @WithDefault("5s")
    String poll();

    /**
     * Accept {@code http://} URLs to a loopback address (localhost, 127.0.0.0/8, ::1), for development and tests;
     * loopback also needs {@link #allowPrivateAddresses()}. Off: every webhook URL must be {@code https://}.
     */
    @WithDefault("false")
    boolean allowHttp();

    /**
     * Send webhooks to addresses that are not public: loopback, private networks (10/8, 172.16/12, 192.168/16,
     * fc00::/7), link-local (169.254/16 with the cloud metadata endpoint, fe80::/10) and reserved ranges. Off: a URL
     * written with such an address is refused when registered, and a delivery whose host resolves to one is not sent
     * (its last error says why). On for development and tests, whose receivers run on localhost; on in production
     * only when the receivers are inside the service's own network on purpose.
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** Deliveries claimed per batch; the poller claims batches until one comes back short. */
    @WithDefault("100")
    int batchSize();

    /** Deliveries sent at the same time, by one instance. */
    @WithDefault("4")
    int workers();

    /** How long to wait for a receiver to accept the connection. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** How long to wait for a receiver's answer once connected. */
    @WithDefault("10s")
    Duration requestTimeout();

    /**
     * How long a claimed delivery stays reserved for the instance that claimed it. Should the instance die while
     * sending, another one picks the delivery up after this. Longer than a whole batch can take.
     */
    @WithDefault("10m")
    Duration claimLease();

    /** Attempts in all, the first included; after the last failed one the delivery is failed. */
    @WithDefault("6")
    int maxAttempts();

    /** The wait before each retry: the first retry waits the first, and so on; the last repeats if there are more retries. */
    @WithDefault("1m,5m,30m,2h,12h")
    List<Duration> backoff();
}
