package dev.attest.schedule.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.attest.assessment.StoredAssessment;
import dev.attest.draft.service.DraftService;
import dev.attest.notification.MailContent;
import dev.attest.notification.WebhookEvent;
import dev.attest.notification.service.MailOutbox;
import dev.attest.notification.service.NotificationMail;
import dev.attest.notification.service.WebhookQueue;
import dev.attest.organisation.Organisation;
import dev.attest.organisation.mapping.OrganisationMapper;
import dev.attest.organisation.rest.OrganisationRequest.ContactRequest;
import dev.attest.platform.i18n.Language;
import dev.attest.rules.engine.Rulebase;
import dev.attest.rules.service.RulebaseRegistry;
import dev.attest.schedule.Drift;
import dev.attest.schedule.ScheduledReassessment;

/**
 * Tells others about a re-assessment, inside its transaction: the workspace's webhooks always, and the organisation's
 * contacts by e-mail when the schedule made it (a consultant who asked for one knows already). Both are queued, so
 * they go out only if the re-assessment commits. When answers need reviewing, the e-mail links to them in the web form.
 */
@ApplicationScoped
public class ReassessmentNotices {

    @Inject
    WebhookQueue webhooks;

    @Inject
    MailOutbox mail;

    @Inject
    NotificationMail texts;

    @Inject
    OrganisationMapper organisations;

    @Inject
    DraftService drafts;

    @Inject
    ReminderSender reminders;

    @Inject
    RulebaseRegistry rulebases;

    void reassessed(Organisation organisation, ScheduledReassessment record, StoredAssessment next, Drift drift) {
        webhooks.queue(organisation.workspaceId, WebhookEvent.REASSESSMENT_COMPLETED, event(record, next, drift));
        List<ContactRequest> contacts = organisations.view(organisation).contacts();
        if (!"schedule".equals(record.trigger) || contacts.isEmpty()) {
            return;
        }
        Language language = ContactLanguage.of(organisation.country);
        String link = next.result().needsReview() ? reminders.link(drafts.review(organisation.workspaceId,
                organisation.id, next.result().questionnaireId(), language, next.answers(), null)) : null;
        Rulebase rules = rulebases.current();
        List<String> changes = texts.changeLines(language, titles(drift.newFindings(), rules, language),
                titles(drift.resolvedFindings(), rules, language), titles(drift.severityChanges(), rules, language));
        Integer score = next.result().scores().overall();
        MailContent.Result content = new MailContent.Result(organisation.name, score == null ? 0 : score,
                next.result().scores().band().code(), drift.previousScore(), changes, link);
        contacts.forEach(contact -> mail.result(contact.email(), language, content));
    }

    private static Map<String, Object> event(ScheduledReassessment record, StoredAssessment next, Drift drift) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("organisationId", record.organisationId);
        data.put("reassessmentId", record.id);
        data.put("assessmentId", record.assessmentId);
        data.put("previousAssessmentId", record.previousAssessmentId);
        data.put("dueOn", record.dueOn.toString());
        data.put("trigger", record.trigger);
        data.put("score", next.result().scores().overall());
        data.put("band", next.result().scores().band().code());
        data.put("needsReview", record.needsReview);
        data.put("drift", drift);
        return data;
    }

    private static List<String> titles(List<Drift.Change> changes, Rulebase rules, Language language) {
        return changes.stream().map(change -> rules.texts().check(change.check())
                .map(texts -> texts.title().in(language)).orElse(change.check())).toList();
    }
}
