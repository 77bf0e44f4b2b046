package dev.attest.notification.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a page of deliveries, so generated clients get typed items; served as a PagedList. */
@Schema(name = "WebhookDeliveryPage", description = "One page of deliveries, newest first: `page` counts from 0; `total` counts every delivery")
public record DeliveryPage(List<DeliveryView> items, int page, int size, long total) {
}
