package dev.attest.security.ratelimit;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one rate-limiting component: token buckets by key (a client address for open endpoints, an API key for the
 * consultant API). Memory stays bounded: past {@code maxTrackedClients}, buckets that have refilled (idle
 * clients) are dropped.
 */
@ApplicationScoped
public class RateLimiter {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;
    private final int maxTracked;

    @Inject
    public RateLimiter(RateLimitConfig config) {
        this(System::nanoTime, config.maxTrackedClients());
    }

    RateLimiter(LongSupplier nanoTime, int maxTracked) {
        this.nanoTime = nanoTime;
        this.maxTracked = maxTracked;
    }

    /** Takes one request from {@code key}'s allowance under {@code limit}. */
    public Decision tryAcquire(String key, Limit limit) {
        long now = nanoTime.getAsLong();
        if (buckets.size() >= maxTracked && !buckets.containsKey(key)) {
            forgetIdle(now);
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(limit, now)).take(limit, now);
    }

    private void forgetIdle(long now) {
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext();) {
            if (it.next().isFull(now)) {
                it.remove();
            }
        }
    }

    /** Tokens refill continuously; a request takes one. */
    private static final class Bucket {
        private double tokens;
        private long updated;
        private final Limit limit;

        Bucket(Limit limit, long now) {
            this.limit = limit;
            this.tokens = limit.burst();
            this.updated = now;
        }

        synchronized Decision take(Limit current, long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return Decision.ALLOWED;
            }
            long wait = (long) Math.ceil((1 - tokens) / current.perSecond());
            return new Decision(false, Math.max(1, wait));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= limit.burst();
        }

        private void refill(long now) {
            double seconds = (now - updated) / 1e9;
            tokens = Math.min(limit.burst(), tokens + seconds * limit.perSecond());
            updated = now;
        }
    }
}
