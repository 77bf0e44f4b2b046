package dev.attest.security.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong();
    private final Limit twoThenOnePerSecond = new Limit(2, 1.0);

    @Test
    void shouldAllowTheBurstThenRefuseWithTheWaitUntilTheNextToken() {
        RateLimiter limiter = new RateLimiter(now::get, 100);
        assertThat(limiter.tryAcquire("a", twoThenOnePerSecond).allowed()).isTrue();
        assertThat(limiter.tryAcquire("a", twoThenOnePerSecond).allowed()).isTrue();
        Decision refused = limiter.tryAcquire("a", twoThenOnePerSecond);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        now.addAndGet(1_000_000_000L);
        assertThat(limiter.tryAcquire("a", twoThenOnePerSecond).allowed()).isTrue();
    }

    @Test
    void shouldKeepClientsApart() {
        RateLimiter limiter = new RateLimiter(now::get, 100);
        limiter.tryAcquire("a", twoThenOnePerSecond);
        limiter.tryAcquire("a", twoThenOnePerSecond);
        assertThat(limiter.tryAcquire("a", twoThenOnePerSecond).allowed()).isFalse();
        assertThat(limiter.tryAcquire("b", twoThenOnePerSecond).allowed()).isTrue();
    }

    @Test
    void shouldForgetIdleClientsWhenFullButKeepLimitingBusyOnes() {
        RateLimiter limiter = new RateLimiter(now::get, 2);
        limiter.tryAcquire("busy", twoThenOnePerSecond);
        limiter.tryAcquire("busy", twoThenOnePerSecond);
        limiter.tryAcquire("idle", twoThenOnePerSecond);
        now.addAndGet(5_000_000_000L);
        limiter.tryAcquire("busy", twoThenOnePerSecond);
        limiter.tryAcquire("busy", twoThenOnePerSecond);
        assertThat(limiter.tryAcquire("newcomer", twoThenOnePerSecond).allowed()).isTrue();
        assertThat(limiter.tryAcquire("busy", twoThenOnePerSecond).allowed()).isFalse();
    }
}
