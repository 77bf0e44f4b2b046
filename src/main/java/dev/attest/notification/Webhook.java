package dev.attest.notification;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A workspace's receiver of events: Attest POSTs signed JSON to its URL. */
@Entity
@Table(name = "webhook")
public class Webhook extends PanacheEntityBase {

    @Id
    @Column(name = "id", nullable = false, length = 36)
    public String id;

    /** The workspace that owns it; every read from a request is scoped by it. */
    @Column(name = "workspace_id", nullable = false, length = 36)
    public String workspaceId;

    @Column(name = "url", nullable = false, length = 2000)
    public String url;

    /**
     * The HMAC-SHA256 key, kept as it is: Attest signs with it on every delivery and a hash cannot sign (see V11).
     * Shown once at creation, never by any read.
     */
    @Column(name = "secret", nullable = false, length = 64)
    public String secret;

    /** The subscribed event types, comma-separated. */
    @Column(name = "events", nullable = false, length = 500)
    public String events;

    @Column(name = "active", nullable = false)
    public boolean active;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public List<WebhookEvent> eventList() {
        return eventsOf(events);
    }

    private static List<WebhookEvent> eventsOf(String events) {
        return Arrays.stream(events.split(",")).map(WebhookEvent::fromType).flatMap(Optional::stream).toList();
    }

    /** A webhook of {@code workspaceId}; another workspace's id is as absent as one that never existed. */
    public static Optional<Webhook> findInWorkspace(String workspaceId, String id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResultOptional();
    }

    public static List<Webhook> ofWorkspace(String workspaceId) {
        return list("workspaceId = ?1 order by createdAt, id", workspaceId);
    }

    /**
     * The ids of the active webhooks of {@code workspaceId} that subscribe to {@code event}. Two columns rather than
     * the entities: every re-assessment queues an event, and loading the webhooks into the session was 3% of a run.
     */
    public static List<String> activeIdsSubscribedTo(String workspaceId, WebhookEvent event) {
        return getEntityManager()
                .createQuery("select w.id, w.events from Webhook w where w.workspaceId = ?1 and w.active = true", Object[].class)
                .setParameter(1, workspaceId).getResultStream()
                .filter(row -> eventsOf((String) row[1]).contains(event)).map(row -> (String) row[0]).toList();
    }
}
