package dev.attest.security.ratelimit;

/** A token bucket's shape: how many requests at once, and how fast the allowance comes back. */
public record Limit(int burst, double perSecond) {

    public static Limit of(RateLimitConfig.Policy policy) {
        return new Limit(Math.max(1, policy.burst()), Math.max(1, policy.requestsPerMinute()) / 60.0);
    }
}
