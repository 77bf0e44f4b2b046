package dev.attest.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The events a webhook can subscribe to, by the type name sent in {@code X-Attest-Event} and the payload. */
public enum WebhookEvent {
    /** An organisation was re-assessed on its cadence. */
    REASSESSMENT_COMPLETED("reassessment.completed"),
    /** An organisation's re-assessment is due soon (30, 7 and 1 days before). */
    REASSESSMENT_DUE_SOON("reassessment.due-soon"),
    /** Sent on request, to try a receiver. */
    WEBHOOK_TEST("webhook.test");

    /** What a request may name, for messages and the OpenAPI document. */
    public static final String TYPES = "reassessment.completed, reassessment.due-soon, webhook.test";

    private final String type;

    WebhookEvent(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }

    public static Optional<WebhookEvent> fromType(String type) {
        return Arrays.stream(values()).filter(event -> event.type.equals(type)).findFirst();
    }

    public static List<WebhookEvent> all() {
        return List.of(values());
    }
}
