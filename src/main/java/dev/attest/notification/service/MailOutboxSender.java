package dev.attest.notification.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;

import dev.attest.notification.MailContent;
import dev.attest.notification.MailOutboxEntry;
import dev.attest.notification.config.MailOutboxConfig;
import dev.attest.platform.i18n.Language;

/**
 * Sends the queued e-mails, every {@code attest.mail-outbox.poll}. Claims work as for webhook deliveries (see
 * {@link DeliveryClaims}): a conditional update on the attempt count gives each attempt one owner across instances,
 * and a lease lets another instance retry a mail whose sender died. A sent mail's row is deleted; a failed one waits
 * out the backoff, and after the last attempt stays as {@code failed} for an operator to see.
 */
@ApplicationScoped
public class MailOutboxSender {

    private static final Logger LOG = Logger.getLogger(MailOutboxSender.class);

    @Inject
    MailOutboxConfig config;

    @Inject
    NotificationMail mail;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Scheduled(identity = "mail-outbox", every = "${attest.mail-outbox.poll:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        sendDue();
    }

    /** Sends every mail that is due now, a batch at a time; returns how many were sent. */
    public int sendDue() {
        int sent = 0;
        List<MailOutboxEntry> claimed;
        do {
            claimed = QuarkusTransaction.requiringNew().call(this::claim);
            for (MailOutboxEntry entry : claimed) {
                boolean delivered = send(entry);
                QuarkusTransaction.requiringNew().run(() -> record(entry, delivered));
                sent += delivered ? 1 : 0;
            }
        } while (claimed.size() == config.batchSize());
        return sent;
    }

    private List<MailOutboxEntry> claim() {
        Instant now = now();
        List<MailOutboxEntry> due = MailOutboxEntry.<MailOutboxEntry>find("status = ?1 and nextAttemptAt <= ?2",
                Sort.by("nextAttemptAt").and("id"), MailOutboxEntry.PENDING, now).page(Page.ofSize(config.batchSize())).list();
        List<MailOutboxEntry> claimed = new ArrayList<>();
        for (MailOutboxEntry entry : due.stream().sorted(Comparator.comparing(entry -> entry.id)).toList()) {
            int updated = MailOutboxEntry.update("attempts = attempts + 1, nextAttemptAt = ?1 where id = ?2 and status = ?3 "
                    + "and attempts = ?4", now.plus(config.claimLease()), entry.id, MailOutboxEntry.PENDING, entry.attempts);
            if (updated == 1) {
                entry.attempts++;
                claimed.add(entry);
            }
        }
        MailOutboxEntry.getEntityManager().clear();
        return claimed;
    }

    private boolean send(MailOutboxEntry entry) {
        Language language = Language.fromCode(entry.language).orElse(Language.FALLBACK);
        try {
            if (MailOutbox.REMINDER.equals(entry.kind)) {
                MailContent.Reminder reminder = json.readValue(entry.payload, MailContent.Reminder.class);
                return mail.reminder(entry.recipient, language, reminder.organisationName(), reminder.dueDate(),
                        reminder.daysLeft(), reminder.link());
            }
            MailContent.Result result = json.readValue(entry.payload, MailContent.Result.class);
            return mail.reassessed(entry.recipient, language, result.organisationName(), result.score(), result.band(),
                    result.previousScore(), result.changes(), result.link());
        } catch (JsonProcessingException e) {
            LOG.errorf("Queued mail %s could not be read", entry.id);
            return false;
        }
    }

    private void record(MailOutboxEntry claimed, boolean delivered) {
        MailOutboxEntry entry = MailOutboxEntry.findById(claimed.id);
        if (entry == null || entry.attempts != claimed.attempts) {
            return;
        }
        if (delivered) {
            entry.delete();
        } else if (entry.attempts >= config.maxAttempts()) {
            entry.status = MailOutboxEntry.FAILED;
            entry.lastError = "not accepted by the mail server";
        } else {
            entry.lastError = "not accepted by the mail server";
            entry.nextAttemptAt = now().plus(DeliveryClaims.backoff(config.backoff(), entry.attempts));
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
