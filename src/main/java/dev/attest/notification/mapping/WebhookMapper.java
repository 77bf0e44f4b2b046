package dev.attest.notification.mapping;

import jakarta.enterprise.context.ApplicationScoped;

import dev.attest.notification.DeliveryStatus;
import dev.attest.notification.Webhook;
import dev.attest.notification.WebhookDelivery;
import dev.attest.notification.WebhookEvent;
import dev.attest.notification.rest.CreatedWebhookView;
import dev.attest.notification.rest.DeliveryView;
import dev.attest.notification.rest.WebhookView;

/** From webhook and delivery entities to what the API shows. */
@ApplicationScoped
public class WebhookMapper {

    public WebhookView view(Webhook webhook) {
        return new WebhookView(webhook.id, webhook.url, webhook.eventList().stream().map(WebhookEvent::type).toList(),
                webhook.active, webhook.createdAt);
    }

    /** With the secret: only for the answer to the creation. */
    public CreatedWebhookView created(Webhook webhook) {
        WebhookView view = view(webhook);
        return new CreatedWebhookView(view.id(), view.url(), view.events(), view.active(), view.createdAt(), webhook.secret);
    }

    public DeliveryView view(WebhookDelivery delivery) {
        boolean pending = DeliveryStatus.PENDING.code().equals(delivery.status);
        return new DeliveryView(delivery.id, delivery.eventId, delivery.eventType, delivery.status, delivery.attempts,
                delivery.lastStatusCode, delivery.lastError, delivery.createdAt, pending ? delivery.nextAttemptAt : null,
                delivery.deliveredAt);
    }
}
