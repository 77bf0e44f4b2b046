package dev.attest.schedule.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.util.RawValue;

import dev.attest.assessment.StoredAssessment;
import dev.attest.diff.RulebaseChanges;
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
import dev.attest.rules.model.FrameworkApplicability;
import dev.attest.rules.service.RulebaseArchive;
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

    @Inject
    RulebaseArchive archive;

    void reassessed(Organisation organisation, ScheduledReassessment record, StoredAssessment next, Drift drift) {
        webhooks.queue(organisation.workspaceId, WebhookEvent.REASSESSMENT_COMPLETED, event(record, next));
        List<ContactRequest> contacts = organisations.view(organisation).contacts();
        if (!"schedule".equals(record.trigger) || contacts.isEmpty()) {
            return;
        }
        Language language = ContactLanguage.of(organisation.country);
        String link = next.result().needsReview() ? reminders.link(drafts.review(organisation.workspaceId,
                organisation.id, next.result().questionnaireId(), language, next.answers(), null)) : null;
        Rulebase rules = rulebases.current();
        List<String> changes = new ArrayList<>(texts.changeLines(language, titles(drift.newFindings(), rules, language),
                titles(drift.resolvedFindings(), rules, language), titles(drift.severityChanges(), rules, language)));
        Set<String> applying = next.result().applicability().stream().filter(FrameworkApplicability::applies)
                .map(FrameworkApplicability::framework).collect(Collectors.toSet());
        RulebaseChanges rulebase = drift.rulebaseChanges();
        // A dropped check's title is only in the rulebase that still had it.
        Rulebase previousRules = rulebase.removed().isEmpty() ? rules
                : archive.find(drift.previousRulebaseVersion()).orElse(rules);
        changes.addAll(texts.rulesLines(language, checkTitles(rulebase.added(), applying, rules, language),
                checkTitles(rulebase.removed(), applying, previousRules, language),
                checkTitles(rulebase.changed(), applying, rules, language)));
        Integer score = next.result().scores().overall();
        MailContent.Result content = new MailContent.Result(organisation.name, score == null ? 0 : score,
                next.result().scores().band().code(), drift.previousScore(), changes, link);
        contacts.forEach(contact -> mail.result(contact.email(), language, content));
    }

    private static Map<String, Object> event(ScheduledReassessment record, StoredAssessment next) {
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
        // Embedded as the record's JSON, written once for both.
        data.put("drift", new RawValue(record.drift));
        return data;
    }

    private static List<String> titles(List<Drift.Change> changes, Rulebase rules, Language language) {
        return changes.stream().map(change -> title(change.check(), rules, language)).toList();
    }

    /** Only checks of frameworks that apply to the organisation: a new pack for another country is not its news. */
    private static List<String> checkTitles(List<RulebaseChanges.CheckChange> changes, Set<String> applying,
            Rulebase rules, Language language) {
        return changes.stream().filter(change -> applying.contains(change.framework()))
                .map(change -> title(change.check(), rules, language)).toList();
    }

    private static String title(String check, Rulebase rules, Language language) {
        return rules.texts().check(check).map(texts -> texts.title().in(language)).orElse(check);
    }
}
