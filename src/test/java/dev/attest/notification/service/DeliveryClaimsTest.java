package dev.attest.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.attest.notification.DeliveryStatus;
import dev.attest.notification.WebhookDelivery;
import dev.attest.notification.WebhookEvent;
import dev.attest.support.TestWorkspace;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Claiming is safe when several pollers (threads here, instances in production) share one database. */
@QuarkusTest
class DeliveryClaimsTest {

    private static final int EVENTS = 30;

    private final TestWorkspace workspace = TestWorkspace.named("Claiming consultancy");

    @Inject
    DeliveryClaims claims;

    @Inject
    WebhookQueue queue;

    @Test
    void shouldGiveEachDueDeliveryToExactlyOneOfTwoConcurrentClaimers() throws Exception {
        Set<String> ours = queueEvents();
        CountDownLatch start = new CountDownLatch(1);
        Callable<List<String>> claimer = () -> {
            start.await();
            // A claimer that loses a race gets a short or empty batch although rows were due, so each keeps going
            // for a fixed number of rounds rather than stopping at the first empty one.
            List<String> claimed = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                claims.claim(7).forEach(attempt -> claimed.add(attempt.deliveryId()));
            }
            return claimed;
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<List<String>> first = threads.submit(claimer);
            Future<List<String>> second = threads.submit(claimer);
            start.countDown();
            List<String> a = first.get(60, TimeUnit.SECONDS).stream().filter(ours::contains).toList();
            List<String> b = second.get(60, TimeUnit.SECONDS).stream().filter(ours::contains).toList();
            assertThat(a).doesNotHaveDuplicates();
            assertThat(b).doesNotHaveDuplicates();
            assertThat(a.stream().filter(b::contains)).as("claimed by both").isEmpty();
            Set<String> all = new HashSet<>(a);
            all.addAll(b);
            assertThat(all).isEqualTo(ours);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void shouldNotClaimAgainWhileTheLeaseRunsNorRecordAnAttemptThatIsNoLongerTheLatest() {
        Set<String> ours = queueEvents();
        List<Attempt> claimed = drain().stream().filter(attempt -> ours.contains(attempt.deliveryId())).toList();
        assertThat(claimed).hasSize(EVENTS).allMatch(attempt -> attempt.attempt() == 1);
        assertThat(drain()).noneMatch(attempt -> ours.contains(attempt.deliveryId()));

        Attempt attempt = claimed.get(0);
        Attempt stale = new Attempt(attempt.deliveryId(), 2, attempt.eventType(), attempt.payload(), attempt.url(),
                attempt.secret(), attempt.webhookId());
        assertThat(claims.record(stale, new AttemptOutcome(200, null))).isNull();
        assertThat(claims.record(attempt, new AttemptOutcome(200, null))).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(claims.record(attempt, new AttemptOutcome(200, null))).as("recorded once").isNull();
        WebhookDelivery stored = QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.findById(attempt.deliveryId()));
        assertThat(stored.status).isEqualTo("delivered");
        assertThat(stored.attempts).isEqualTo(1);
    }

    @Test
    void shouldWaitLongerAfterEachFailedAttemptAndRepeatTheLastWait() {
        List<Duration> waits = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
                Duration.ofHours(2), Duration.ofHours(12));
        assertThat(List.of(1, 2, 3, 4, 5, 6, 9).stream().map(attempt -> DeliveryClaims.backoff(waits, attempt)))
                .containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
                        Duration.ofHours(12), Duration.ofHours(12), Duration.ofHours(12));
        assertThat(DeliveryClaims.backoff(List.of(), 1)).isZero();
    }

    private List<Attempt> drain() {
        List<Attempt> all = new ArrayList<>();
        List<Attempt> batch;
        do {
            batch = claims.claim(50);
            all.addAll(batch);
        } while (!batch.isEmpty());
        return all;
    }

    private Set<String> queueEvents() {
        workspace.given().contentType(ContentType.JSON).body("{\"url\": \"https://hooks.example.com/claims\"}")
                .post("/api/v1/webhooks").then().statusCode(201);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < EVENTS; i++) {
            int n = i;
            QuarkusTransaction.requiringNew().run(() -> queue.queue(workspace.id(), WebhookEvent.REASSESSMENT_COMPLETED,
                    Map.of("n", n)).forEach(delivery -> ids.add(delivery.id)));
        }
        return ids;
    }
}
