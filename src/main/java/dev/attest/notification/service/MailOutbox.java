package dev.attest.notification.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.attest.notification.MailContent;
import dev.attest.notification.MailOutboxEntry;
import dev.attest.platform.i18n.Language;

/**
 * Queues re-assessment e-mails in the caller's transaction: they are sent only if it commits, and later, by
 * {@link MailOutboxSender}, so a run over thousands of organisations never waits for the mail server.
 */
@ApplicationScoped
public class MailOutbox {

    static final String REMINDER = "reminder";
    static final String RESULT = "result";

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void reminder(String recipient, Language language, MailContent.Reminder content) {
        queue(REMINDER, recipient, language, content);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void result(String recipient, Language language, MailContent.Result content) {
        queue(RESULT, recipient, language, content);
    }

    private void queue(String kind, String recipient, Language language, Object content) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        MailOutboxEntry entry = new MailOutboxEntry();
        entry.id = UUID.randomUUID().toString();
        entry.kind = kind;
        entry.recipient = recipient;
        entry.language = language.code();
        entry.payload = write(content);
        entry.status = MailOutboxEntry.PENDING;
        entry.attempts = 0;
        entry.nextAttemptAt = now;
        entry.createdAt = now;
        entry.persist();
    }

    private String write(Object content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An e-mail could not be queued", e);
        }
    }
}
