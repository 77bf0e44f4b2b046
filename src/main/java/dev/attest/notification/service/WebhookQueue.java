package dev.attest.notification.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.attest.notification.DeliveryStatus;
import dev.attest.notification.Webhook;
import dev.attest.notification.WebhookDelivery;
import dev.attest.notification.WebhookEvent;

/**
 * Queues events for a workspace's webhooks: one delivery row per subscribed active webhook, inserted in the caller's
 * transaction (an outbox), so an event whose transaction rolls back is never sent. Sending happens later, in
 * {@link WebhookPoller}. Needs no request: background work passes the workspace explicitly.
 */
@ApplicationScoped
public class WebhookQueue {

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /**
     * Queues {@code data} as event {@code event} for every active webhook of {@code workspaceId} that subscribes to it.
     *
     * @return the deliveries queued, none when no webhook subscribes
     */
    @Transactional
    public List<WebhookDelivery> queue(String workspaceId, WebhookEvent event, Object data) {
        return queue(Webhook.activeIdsSubscribedTo(workspaceId, event), workspaceId, event, data);
    }

    /** Queues {@code event} for this one webhook, whatever it subscribes to: the test event. */
    @Transactional
    public WebhookDelivery queueFor(Webhook webhook, WebhookEvent event, Object data) {
        return queue(List.of(webhook.id), webhook.workspaceId, event, data).get(0);
    }

    private List<WebhookDelivery> queue(List<String> receivers, String workspaceId, WebhookEvent event, Object data) {
        if (receivers.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String eventId = UUID.randomUUID().toString();
        String payload = envelope(eventId, event, now, workspaceId, data);
        return receivers.stream().map(webhookId -> {
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.id = UUID.randomUUID().toString();
            delivery.webhookId = webhookId;
            delivery.eventId = eventId;
            delivery.eventType = event.type();
            delivery.payload = payload;
            delivery.status = DeliveryStatus.PENDING.code();
            delivery.attempts = 0;
            delivery.nextAttemptAt = now;
            delivery.createdAt = now;
            delivery.persist();
            return delivery;
        }).toList();
    }

    private String envelope(String eventId, WebhookEvent event, Instant createdAt, String workspaceId, Object data) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", eventId);
        envelope.put("type", event.type());
        envelope.put("createdAt", createdAt.toString());
        envelope.put("workspaceId", workspaceId);
        envelope.put("data", data == null ? Map.of() : data);
        try {
            return json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The event data cannot be written as JSON", e);
        }
    }
}
