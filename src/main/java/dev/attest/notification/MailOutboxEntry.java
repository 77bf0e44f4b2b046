package dev.attest.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An e-mail waiting to be sent; deleted once it is. */
@Entity
@Table(name = "mail_outbox")
public class MailOutboxEntry extends PanacheEntityBase {

    public static final String PENDING = "pending";
    public static final String FAILED = "failed";

    @Id
    @Column(name = "id", nullable = false, length = 36)
    public String id;

    /** {@code reminder} or {@code result}. */
    @Column(name = "kind", nullable = false, length = 16)
    public String kind;

    @Column(name = "recipient", nullable = false, length = 320)
    public String recipient;

    @Column(name = "language", nullable = false, length = 8)
    public String language;

    /** The mail's content as JSON: a {@code MailContent.Reminder} or {@code MailContent.Result}. */
    @Column(name = "payload", nullable = false)
    public String payload;

    @Column(name = "status", nullable = false, length = 16)
    public String status;

    @Column(name = "attempts", nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    /** The kind of the last failure, never its message (which may quote the address). */
    @Column(name = "last_error", length = 200)
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
