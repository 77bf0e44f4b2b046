package dev.attest.notification.service;

/**
 * One claimed delivery, with what sending it needs; {@code attempt} is its number (from 1), which only the claimer
 * holds, so only the claimer records its outcome.
 */
public record Attempt(String deliveryId, int attempt, String eventType, String payload, String url, String secret,
        String webhookId) {
}
