package dev.attest.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.draft.Draft;
import dev.attest.draft.service.DraftService;
import dev.attest.notification.WebhookReceiver;
import dev.attest.notification.service.MailOutboxSender;
import dev.attest.notification.service.WebhookPoller;
import dev.attest.platform.i18n.Language;
import dev.attest.schedule.service.ReassessmentRunner;
import dev.attest.schedule.service.RunSummary;
import dev.attest.support.ExampleFiles;
import dev.attest.support.TestWorkspace;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * What the schedule tells people, with the clock at 2027-11-29: the contacts of an organisation due today get the
 * result of its re-assessment, those of one due in 7 days a reminder whose link opens their last answers, a web-form
 * owner whose self-assessment is a year old in 30 days a reminder too, and the workspace's webhook both events, signed.
 */
@QuarkusTest
@TestProfile(ScheduleTestProfile.class)
class ReassessmentNotificationsTest {

    private static final LocalDate TODAY = LocalDate.parse(ScheduleTestProfile.TODAY);

    private final TestWorkspace consultancy = TestWorkspace.named("Notifying consultancy");

    @Inject
    ReassessmentRunner runner;

    @Inject
    MailOutboxSender outbox;

    @Inject
    WebhookPoller webhooks;

    @Inject
    DraftService drafts;

    @Inject
    MockMailbox mailbox;

    @Inject
    RuleChanges ruleChanges;

    @BeforeEach
    void emptyTheMailbox() {
        outbox.sendDue();
        mailbox.clear();
    }

    @Test
    void shouldMailTheResultAndTheRemindersAndSignTheWebhookEvents() {
        try (WebhookReceiver receiver = WebhookReceiver.answering()) {
            String secret = consultancy.given().contentType(ContentType.JSON).body("{\"url\": \"" + receiver.url() + "\"}")
                    .post("/api/v1/webhooks").then().statusCode(201).extract().path("secret");
            String due = organisation("Due Today GmbH", "DE", "anna.due@example.de", "2026-11-29");
            String soon = organisation("Скоро ООО", "RU", "olga.soon@example.ru", "2026-12-06");

            RunSummary run = runner.run(TODAY);
            assertThat(run.reminders()).isGreaterThanOrEqualTo(1);
            assertThat(outbox.sendDue()).isGreaterThanOrEqualTo(2);

            Mail result = only(mailbox.getMailsSentTo("anna.due@example.de"));
            assertThat(result.getSubject()).isEqualTo("Your privacy check-up results for Due Today GmbH");
            assertThat(result.getText()).contains("Your score now:").contains("out of 100");
            Mail reminder = only(mailbox.getMailsSentTo("olga.soon@example.ru"));
            assertThat(reminder.getSubject()).isEqualTo("Пора проверить ваши ответы о персональных данных: Скоро ООО");
            assertThat(reminder.getText()).contains("через 7 дней").contains("/d/");
            assertThatTheLinkOpensTheLastAnswers(reminder.getText());

            webhooks.deliverDue();
            List<JsonPath> events = receiver.received().stream().map(request -> {
                assertThat(request.header("X-Attest-Signature")).isEqualTo("sha256=" + hmac(secret,
                        request.header("X-Attest-Timestamp") + "." + request.body()));
                return new JsonPath(request.body());
            }).toList();
            assertThat(events).anySatisfy(event -> {
                assertThat(event.getString("type")).isEqualTo("reassessment.completed");
                assertThat(event.getString("data.organisationId")).isEqualTo(due);
                assertThat(event.getString("data.trigger")).isEqualTo("schedule");
                // The drift is JSON inside the event, as the API shows it, not a string of JSON.
                assertThat(event.getBoolean("data.drift.rulesChanged")).isTrue();
                assertThat(event.getInt("data.drift.score")).isEqualTo(event.getInt("data.score"));
                assertThat(event.getList("data.drift.newFindings")).isNotNull();
            });
            assertThat(events).anySatisfy(event -> {
                assertThat(event.getString("type")).isEqualTo("reassessment.due-soon");
                assertThat(event.getString("data.organisationId")).isEqualTo(soon);
                assertThat(event.getInt("data.daysLeft")).isEqualTo(7);
            });

            // The same day run again: nobody hears twice.
            runner.run(TODAY);
            outbox.sendDue();
            assertThat(mailbox.getMailsSentTo("anna.due@example.de")).hasSize(1);
            assertThat(mailbox.getMailsSentTo("olga.soon@example.ru")).hasSize(1);
        }
    }

    @Test
    void shouldTellTheContactInRussianWhichChecksTheRulesAddedDroppedOrRewrote() throws IOException {
        organisation("Правила ООО", "RU", "ivan.rules@example.ru", "2026-11-29");
        ruleChanges.sinceAYearAgo();
        try {
            runner.run(TODAY);
            outbox.sendDue();
        } finally {
            ruleChanges.restore();
        }

        String automatedDecisions = "Программа принимает серьёзные решения о людях без обязательных гарантий";
        assertThat(only(mailbox.getMailsSentTo("ivan.rules@example.ru")).getText())
                .contains("Теперь правила проверяют и это: " + automatedDecisions)
                .contains("Больше не проверяется: " + automatedDecisions)
                .contains("Правила этой проверки обновлены: ")
                .doesNotContain("GDPR-ART22");
    }

    @Test
    void shouldRemindAWebFormOwnerWhoLeftAnAddressAYearOn() {
        ObjectNode request = (ObjectNode) ExampleFiles.json("shoe-shop");
        request.put("evaluationDate", "2026-12-29");
        String assessment = TestWorkspace.selfService().given().contentType(ContentType.JSON).body(request.toString())
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        QuarkusTransaction.requiringNew().run(() -> {
            Draft draft = drafts.create("core", Language.EN).draft();
            Draft stored = Draft.findById(draft.id);
            stored.email = "owner.selfservice@example.com";
            stored.submittedAssessmentId = assessment;
        });

        runner.run(TODAY);
        outbox.sendDue();

        Mail reminder = only(mailbox.getMailsSentTo("owner.selfservice@example.com"));
        assertThat(reminder.getSubject()).isEqualTo("Time to look over your privacy answers");
        assertThat(reminder.getText()).contains("in 30 days").contains("A year has passed");
        assertThatTheLinkOpensTheLastAnswers(reminder.getText());
    }

    private void assertThatTheLinkOpensTheLastAnswers(String mail) {
        String path = mail.replaceAll("(?s).*?https?://[^/\\s]+(/d/[A-Za-z0-9_-]+).*", "$1");
        assertThat(path).startsWith("/d/");
        String page = RestAssured.given().redirects().follow(true).get(path).then().statusCode(200).extract().asString();
        // The shoe shop's first answer, filled in: the owner only reviews.
        assertThat(page).containsPattern("value=\"controller\"\\s+checked");
    }

    private String organisation(String name, String country, String email, String assessedOn) {
        String id = consultancy.given().contentType(ContentType.JSON).body("{\"name\": \"" + name + "\", \"country\": \"" + country
                + "\", \"contacts\": [{\"name\": \"Contact\", \"email\": \"" + email + "\"}]}")
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        ObjectNode request = (ObjectNode) ExampleFiles.json("shoe-shop");
        request.put("evaluationDate", assessedOn);
        consultancy.given().contentType(ContentType.JSON).body(request.toString())
                .post("/api/v1/organisations/" + id + "/assessments").then().statusCode(201);
        return id;
    }

    private static Mail only(List<Mail> mails) {
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    /** Verified as a receiver would, without Attest's code: HMAC-SHA256 keyed with the secret's UTF-8 bytes. */
    private static String hmac(String secret, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
