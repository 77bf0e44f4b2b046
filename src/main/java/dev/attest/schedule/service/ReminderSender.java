package dev.attest.schedule.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;

import dev.attest.assessment.Assessment;
import dev.attest.draft.Draft;
import dev.attest.draft.service.DraftService;
import dev.attest.draft.service.NewDraft;
import dev.attest.notification.MailContent;
import dev.attest.notification.WebhookEvent;
import dev.attest.notification.service.MailOutbox;
import dev.attest.notification.service.WebhookQueue;
import dev.attest.organisation.Organisation;
import dev.attest.organisation.mapping.OrganisationMapper;
import dev.attest.organisation.rest.OrganisationRequest.ContactRequest;
import dev.attest.platform.i18n.Language;
import dev.attest.platform.persistence.UniqueViolations;
import dev.attest.schedule.ReassessmentReminder;
import dev.attest.schedule.config.ScheduleConfig;
import dev.attest.web.config.WebConfig;
import dev.attest.workspace.Workspace;

/**
 * Reminds businesses, {@code attest.schedule.reminder-days} before a re-assessment is due, to review their answers:
 * the contacts of a consultant's organisation, and self-assessing owners who left an e-mail address on the web form
 * (their answers are due for review twelve months after they were assessed). Each reminder carries a link to a new
 * web-form draft filled in with the last answers. A reminder is recorded under a unique constraint in the same
 * transaction as its e-mails and webhook event, so it goes out once however often the job runs.
 */
@ApplicationScoped
public class ReminderSender {

    /** How often a self-assessment's answers are due for review: at least yearly (CCPA asks it of privacy policies). */
    public static final int SELF_ASSESSMENT_MONTHS = 12;

    private static final Logger LOG = Logger.getLogger(ReminderSender.class);

    @Inject
    ScheduleConfig config;

    @Inject
    OrganisationMapper organisations;

    @Inject
    DraftService drafts;

    @Inject
    MailOutbox mail;

    @Inject
    WebhookQueue webhooks;

    @Inject
    WebConfig web;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** Sends the reminders due on {@code today}; returns how many reminders (not e-mails) went out. */
    public int send(LocalDate today) {
        int sent = 0;
        for (int days : config.reminderDays()) {
            LocalDate due = today.plusDays(days);
            List<String> organisationIds = QuarkusTransaction.requiringNew().call(() -> Organisation.<Organisation>find(
                    "schedulePaused = false and nextDueOn = ?1", Sort.by("id"), due).stream().map(o -> o.id).toList());
            for (String id : organisationIds) {
                sent += once(() -> remindOrganisation(id, due, days));
            }
            List<String> draftIds = QuarkusTransaction.requiringNew().call(() -> selfAssessmentsDue(due));
            for (String id : draftIds) {
                sent += once(() -> remindSelfAssessment(id, due, days));
            }
        }
        return sent;
    }

    private int once(java.util.concurrent.Callable<Boolean> reminder) {
        try {
            return QuarkusTransaction.requiringNew().call(reminder) ? 1 : 0;
        } catch (RuntimeException e) {
            if (!UniqueViolations.of(e, ReassessmentReminder.ONCE_CONSTRAINT)) {
                LOG.errorf("A re-assessment reminder failed: %s", e.getClass().getName());
            }
            return 0;
        }
    }

    private boolean remindOrganisation(String organisationId, LocalDate due, int days) {
        Organisation organisation = Organisation.findById(organisationId);
        List<ContactRequest> contacts = organisations.view(organisation).contacts();
        record(organisation.workspaceId, ReassessmentReminder.ORGANISATION, organisation.id, due, days, contacts.size());
        webhooks.queue(organisation.workspaceId, WebhookEvent.REASSESSMENT_DUE_SOON, Map.of("organisationId", organisation.id,
                "dueOn", due.toString(), "daysLeft", days));
        if (contacts.isEmpty()) {
            return true;
        }
        Assessment latest = Assessment.latestOfOrganisation(organisation.workspaceId, organisation.id).orElseThrow();
        Language language = ContactLanguage.of(organisation.country);
        NewDraft review = drafts.review(organisation.workspaceId, organisation.id, latest.questionnaireId, language,
                read(latest.answers), null);
        for (ContactRequest contact : contacts) {
            mail.reminder(contact.email(), language, new MailContent.Reminder(organisation.name, due, days, link(review)));
        }
        return true;
    }

    private boolean remindSelfAssessment(String draftId, LocalDate due, int days) {
        Draft earlier = Draft.findById(draftId);
        Assessment assessed = Assessment.findById(earlier.submittedAssessmentId);
        Language language = Language.fromCode(earlier.language).orElse(Language.FALLBACK);
        record(Workspace.SELF_SERVICE_ID, ReassessmentReminder.SELF_ASSESSMENT, earlier.id, due, days, 1);
        NewDraft review = drafts.review(Workspace.SELF_SERVICE_ID, null, earlier.questionnaireId, language,
                read(assessed.answers), earlier.email);
        mail.reminder(earlier.email, language, new MailContent.Reminder(null, due, days, link(review)));
        return true;
    }

    /** Web-form drafts with an owner's e-mail whose assessment falls due for review on {@code due}. */
    private static List<String> selfAssessmentsDue(LocalDate due) {
        return Draft.getEntityManager().createQuery("select d.id from Draft d, Assessment a where a.id = d.submittedAssessmentId "
                + "and d.workspaceId = :selfService and d.organisationId is null and d.email is not null "
                + "and a.evaluationDate = :assessedOn order by d.id", String.class)
                .setParameter("selfService", Workspace.SELF_SERVICE_ID)
                .setParameter("assessedOn", due.minusMonths(SELF_ASSESSMENT_MONTHS)).getResultList();
    }

    private void record(String workspaceId, String kind, String subjectId, LocalDate due, int days, int recipients) {
        ReassessmentReminder reminder = new ReassessmentReminder();
        reminder.id = UUID.randomUUID().toString();
        reminder.workspaceId = workspaceId;
        reminder.subjectKind = kind;
        reminder.subjectId = subjectId;
        reminder.dueOn = due;
        reminder.daysBefore = days;
        reminder.recipients = recipients;
        reminder.sentAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        reminder.persist();
        // Now rather than at commit: a second attempt fails here, before anything is queued.
        ReassessmentReminder.getEntityManager().flush();
    }

    String link(NewDraft review) {
        return web.baseUrl().replaceAll("/+$", "") + "/d/" + review.token();
    }

    private JsonNode read(String answers) {
        try {
            return json.readTree(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored answers could not be read", e);
        }
    }
}
