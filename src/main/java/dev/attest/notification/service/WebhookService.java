package dev.attest.notification.service;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import dev.attest.notification.Webhook;
import dev.attest.notification.WebhookDelivery;
import dev.attest.notification.WebhookEvent;
import dev.attest.notification.rest.WebhookRequest;
import dev.attest.platform.paging.PagedList;
import dev.attest.platform.paging.Paging;
import dev.attest.platform.validation.RequestValidator;
import dev.attest.workspace.CurrentWorkspace;

/** The current workspace's webhooks: created, listed, read, deleted and tried; never seen from another workspace. */
@ApplicationScoped
public class WebhookService {

    @Inject
    CurrentWorkspace workspace;

    @Inject
    RequestValidator validator;

    @Inject
    WebhookQueue queue;

    @Inject
    Clock clock;

    /** A new active webhook with a new secret; the only time the secret leaves the service. */
    @Transactional
    public Webhook create(WebhookRequest request) {
        validator.validate(request);
        Webhook webhook = new Webhook();
        webhook.id = UUID.randomUUID().toString();
        webhook.workspaceId = workspace.id();
        webhook.url = request.url().trim();
        webhook.secret = WebhookSignature.newSecret();
        List<WebhookEvent> events = request.events() == null ? WebhookEvent.all()
                : request.events().stream().map(type -> WebhookEvent.fromType(type).orElseThrow()).distinct().toList();
        webhook.events = events.stream().map(WebhookEvent::type).collect(Collectors.joining(","));
        webhook.active = true;
        webhook.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        webhook.persist();
        return webhook;
    }

    @Transactional
    public List<Webhook> list() {
        return Webhook.ofWorkspace(workspace.id());
    }

    @Transactional
    public Optional<Webhook> find(String id) {
        return Webhook.findInWorkspace(workspace.id(), id);
    }

    /** Deletes the webhook and its deliveries: nothing more is sent to it. Empty when the workspace has no such webhook. */
    @Transactional
    public Optional<Webhook> delete(String id) {
        Optional<Webhook> found = Webhook.findInWorkspace(workspace.id(), id);
        found.ifPresent(webhook -> {
            WebhookDelivery.delete("webhookId", webhook.id);
            webhook.delete();
        });
        return found;
    }

    /** Queues a {@code webhook.test} event for this webhook, whatever it subscribes to. */
    @Transactional
    public Optional<WebhookDelivery> test(String id) {
        return Webhook.findInWorkspace(workspace.id(), id).map(webhook -> queue.queueFor(webhook,
                WebhookEvent.WEBHOOK_TEST, Map.of("message", "A test event sent on request.")));
    }

    /** The webhook's deliveries, newest first; empty when the workspace has no such webhook. */
    @Transactional
    public Optional<PagedList<WebhookDelivery>> deliveries(String id, Paging paging) {
        return Webhook.findInWorkspace(workspace.id(), id).map(webhook -> {
            PanacheQuery<WebhookDelivery> query = WebhookDelivery.find("webhookId",
                    Sort.descending("createdAt", "id"), webhook.id);
            return new PagedList<>(query.page(Page.of(paging.page(), paging.size())).list(), paging.page(),
                    paging.size(), query.count());
        });
    }
}
