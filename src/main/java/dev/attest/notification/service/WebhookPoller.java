package dev.attest.notification.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.attest.notification.DeliveryStatus;
import dev.attest.notification.config.WebhookConfig;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends due webhook deliveries, every {@code attest.webhooks.poll}: claims a batch, POSTs it on a fixed pool of
 * {@code attest.webhooks.workers} threads, records each outcome in its own short transaction, and claims the next
 * batch while the last one was full. One run at a time per instance; several instances share the work safely (see
 * {@link DeliveryClaims}). Logs name deliveries and webhooks by id only, never URLs or payloads.
 */
@ApplicationScoped
public class WebhookPoller {

    private static final Logger LOG = Logger.getLogger(WebhookPoller.class);

    @Inject
    WebhookConfig config;

    @Inject
    DeliveryClaims claims;

    @Inject
    WebhookSender sender;

    private ExecutorService workers;

    @PostConstruct
    void start() {
        AtomicInteger count = new AtomicInteger();
        workers = Executors.newFixedThreadPool(config.workers(), task -> {
            Thread thread = new Thread(task, "attest-webhook-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    @Scheduled(identity = "webhook-deliveries", every = "${attest.webhooks.poll:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        deliverDue();
    }

    /**
     * Sends every delivery due now, batch by batch, and waits for them.
     *
     * @return the attempts made
     */
    public int deliverDue() {
        int attempted = 0;
        List<Attempt> batch;
        do {
            batch = claims.claim(config.batchSize());
            attempted += sendAll(batch);
        } while (batch.size() == config.batchSize() && !workers.isShutdown());
        return attempted;
    }

    private int sendAll(List<Attempt> batch) {
        List<Future<?>> running = new ArrayList<>();
        for (Attempt attempt : batch) {
            running.add(workers.submit(() -> attempt(attempt)));
        }
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return running.size();
            } catch (ExecutionException e) {
                LOG.warnf("A webhook attempt could not be recorded: %s", e.getCause().getClass().getName());
            }
        }
        return running.size();
    }

    private void attempt(Attempt attempt) {
        AttemptOutcome outcome = sender.send(attempt);
        DeliveryStatus status = claims.record(attempt, outcome);
        if (status == DeliveryStatus.FAILED) {
            LOG.infof("Webhook delivery %s to webhook %s failed after %d attempts (%s)", attempt.deliveryId(),
                    attempt.webhookId(), attempt.attempt(), outcome.error());
        } else if (status == DeliveryStatus.PENDING) {
            LOG.debugf("Webhook delivery %s attempt %d: %s; retried later", attempt.deliveryId(), attempt.attempt(),
                    outcome.error());
        }
    }
}
