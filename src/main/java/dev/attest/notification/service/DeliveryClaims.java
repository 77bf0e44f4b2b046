package dev.attest.notification.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import dev.attest.notification.DeliveryStatus;
import dev.attest.notification.Webhook;
import dev.attest.notification.WebhookDelivery;
import dev.attest.notification.config.WebhookConfig;

/**
 * Claims due deliveries and records what became of them, each in a short transaction of its own.
 *
 * <p>A claim is a conditional update: {@code attempts = attempts + 1, next_attempt_at = now + lease where id = ? and
 * status = 'pending' and attempts = <as read>}. Of two instances that read the same row, only the first update
 * matches (on PostgreSQL the second waits for the first to commit, then finds {@code attempts} changed and updates
 * nothing), so each attempt has one owner, on H2 and PostgreSQL alike, without {@code for update skip locked}, which
 * H2 does not offer. Rows are claimed in id order so that two claimers never wait on each other in a circle. The
 * lease moves {@code next_attempt_at} ahead, so an instance that dies mid-attempt leaves the row to be claimed again
 * once the lease lapses; its outcome, should it still come, no longer matches the attempt number and is dropped.
 */
@ApplicationScoped
public class DeliveryClaims {

    @Inject
    WebhookConfig config;

    @Inject
    Clock clock;

    /** Claims up to {@code limit} due deliveries for this instance, oldest due first. */
    @Transactional
    public List<Attempt> claim(int limit) {
        Instant now = now();
        List<WebhookDelivery> due = WebhookDelivery.<WebhookDelivery>find("status = ?1 and nextAttemptAt <= ?2",
                Sort.by("nextAttemptAt").and("id"), DeliveryStatus.PENDING.code(), now)
                .page(Page.ofSize(limit)).list();
        if (due.isEmpty()) {
            return List.of();
        }
        Map<String, Webhook> webhooks = Webhook.<Webhook>list("id in ?1",
                due.stream().map(delivery -> delivery.webhookId).distinct().toList())
                .stream().collect(Collectors.toMap(webhook -> webhook.id, Function.identity()));
        Instant leaseEnd = now.plus(config.claimLease());
        List<Attempt> claimed = new ArrayList<>();
        for (WebhookDelivery delivery : due.stream().sorted(Comparator.comparing(d -> d.id)).toList()) {
            int seen = delivery.attempts;
            int updated = WebhookDelivery.update("attempts = attempts + 1, nextAttemptAt = ?1 "
                    + "where id = ?2 and status = ?3 and attempts = ?4",
                    leaseEnd, delivery.id, DeliveryStatus.PENDING.code(), seen);
            Webhook webhook = webhooks.get(delivery.webhookId);
            if (updated == 1 && webhook != null) {
                claimed.add(new Attempt(delivery.id, seen + 1, delivery.eventType, delivery.payload, webhook.url,
                        webhook.secret, webhook.id));
            }
        }
        return claimed;
    }

    /**
     * Records the outcome of {@code attempt}: delivered on 2xx; otherwise pending again after the backoff, or failed
     * after the last attempt. Nothing happens if the attempt is no longer the delivery's latest (its claim lapsed and
     * another instance took it) or the webhook was deleted meanwhile.
     *
     * @return the status now recorded, or {@code null} when nothing was recorded
     */
    @Transactional
    public DeliveryStatus record(Attempt attempt, AttemptOutcome outcome) {
        WebhookDelivery delivery = WebhookDelivery.findById(attempt.deliveryId());
        if (delivery == null || delivery.attempts != attempt.attempt()
                || !DeliveryStatus.PENDING.code().equals(delivery.status)) {
            return null;
        }
        Instant now = now();
        delivery.lastStatusCode = outcome.statusCode();
        delivery.lastError = outcome.error();
        DeliveryStatus status;
        if (outcome.delivered()) {
            status = DeliveryStatus.DELIVERED;
            delivery.deliveredAt = now;
            delivery.nextAttemptAt = now;
        } else if (attempt.attempt() >= config.maxAttempts()) {
            status = DeliveryStatus.FAILED;
            delivery.nextAttemptAt = now;
        } else {
            status = DeliveryStatus.PENDING;
            delivery.nextAttemptAt = now.plus(backoff(config.backoff(), attempt.attempt()));
        }
        delivery.status = status.code();
        return status;
    }

    /** The wait after failed attempt {@code attempt} (from 1); the last configured wait repeats. */
    static Duration backoff(List<Duration> waits, int attempt) {
        return waits.isEmpty() ? Duration.ZERO : waits.get(Math.min(attempt, waits.size()) - 1);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
