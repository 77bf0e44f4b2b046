package dev.attest.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One event queued for one webhook, and what became of it: the outbox row the poller works through. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    @Id
    @Column(name = "id", nullable = false, length = 36)
    public String id;

    @Column(name = "webhook_id", nullable = false, length = 36)
    public String webhookId;

    /** The id in the payload envelope, shared by the deliveries of one event to several webhooks. */
    @Column(name = "event_id", nullable = false, length = 36)
    public String eventId;

    @Column(name = "event_type", nullable = false, length = 64)
    public String eventType;

    /** The exact JSON body, the same on every attempt. */
    @Column(name = "payload", nullable = false)
    public String payload;

    /** {@link DeliveryStatus#code()}. */
    @Column(name = "status", nullable = false, length = 16)
    public String status;

    /** Attempts started so far; counted when an attempt is claimed, so a crash mid-attempt counts too. */
    @Column(name = "attempts", nullable = false)
    public int attempts;

    /** When a pending delivery may be attempted (again); while an attempt runs, when its claim lapses. */
    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    /** Short, never the receiver's answer. */
    @Column(name = "last_error", length = 200)
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
