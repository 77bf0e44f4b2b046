package dev.attest.notification.rest;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.attest.notification.WebhookEvent;

/** A webhook to create: where to POST and which events. */
@Schema(name = "WebhookRequest")
public record WebhookRequest(
        @Schema(required = true, maxLength = 2000, description = "An https:// URL to a public address (http:// to a "
                + "loopback address only where attest.webhooks.allow-http and allow-private-addresses are on)",
                examples = "https://hooks.example.com/attest")
        @NotBlank(message = "required") @Size(max = 2000, message = "at most 2000 characters") @WebhookUrl String url,
        @Schema(description = "The events to send; all when absent. One of: " + WebhookEvent.TYPES,
                examples = "[\"reassessment.completed\", \"reassessment.due-soon\"]")
        @Size(min = 1, max = 10, message = "from 1 to 10 events; leave it out for all")
        List<@NotNull(message = "required") @Pattern(regexp = "reassessment\\.completed|reassessment\\.due-soon|webhook\\.test",
                message = "unknown event; one of " + WebhookEvent.TYPES) String> events) {
}
