package dev.attest.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.attest.platform.i18n.Language;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;

/** The re-assessment e-mails as the business reads them, in English and Russian, each with its link. */
@QuarkusTest
class NotificationMailTest {

    private static final String LINK = "https://attest.example.org/d/tok3n/s/organisation";
    private static final LocalDate DUE = LocalDate.of(2026, 12, 5);

    @Inject
    NotificationMail mail;

    @Inject
    MockMailbox mailbox;

    @BeforeEach
    void emptyMailbox() {
        mailbox.clear();
    }

    @Test
    void shouldAskTheBusinessToReviewItsAnswersBeforeTheReassessment() {
        assertThat(mail.reminder("owner@shoe-shop.example", Language.EN, "Kleine Schuhe GmbH", DUE, 7, LINK)).isTrue();

        Mail sent = only("owner@shoe-shop.example");
        assertThat(sent.getSubject()).isEqualTo("Time to look over your privacy answers for Kleine Schuhe GmbH");
        assertThat(sent.getText()).contains(
                "The next privacy check-up for Kleine Schuhe GmbH is due on December 5, 2026, in 7 days.",
                "look over the answers you gave last time", "Your last answers are already filled in.", LINK);
        assertThat(sent.getHtml()).contains("lang=\"en\"", "href=\"" + LINK + "\"");
    }

    @Test
    void shouldWriteTheReminderInRussianWithTheRightPlural() {
        mail.reminder("vladelec@magazin.example", Language.RU, "ООО Ромашка", DUE, 1, LINK);
        mail.reminder("vladelec@magazin.example", Language.RU, "ООО Ромашка", DUE, 30, LINK);

        List<Mail> sent = mailbox.getMailsSentTo("vladelec@magazin.example");
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).getSubject()).isEqualTo("Пора проверить ваши ответы о персональных данных: ООО Ромашка");
        assertThat(sent.get(0).getText()).contains("5 декабря 2026", "через 1 день.", "Ваши прошлые ответы уже заполнены.", LINK);
        assertThat(sent.get(1).getText()).contains("через 30 дней.");
        assertThat(sent.get(0).getHtml()).contains("lang=\"ru\"", "href=\"" + LINK + "\"");
    }

    @Test
    void shouldTellTheResultWithTheScoreBeforeAndWhatChanged() {
        mail.reassessed("owner@shoe-shop.example", Language.EN, "Kleine Schuhe GmbH", 64, "amber", 48,
                List.of("Cookie consent: fixed", "New: no contract with your e-mail newsletter provider"), LINK);

        Mail sent = only("owner@shoe-shop.example");
        assertThat(sent.getSubject()).isEqualTo("Your privacy check-up results for Kleine Schuhe GmbH");
        assertThat(sent.getText()).contains("Your score now: 64 out of 100 (needs work).", "Last time: 48 out of 100.",
                "What changed:", "- Cookie consent: fixed", "- New: no contract with your e-mail newsletter provider", LINK);
        assertThat(sent.getHtml()).contains("<li>Cookie consent: fixed</li>", "href=\"" + LINK + "\"");
    }

    @Test
    void shouldTellAFirstResultInRussianWithoutAnEarlierScore() {
        mail.reassessed("vladelec@magazin.example", Language.RU, "ООО Ромашка", 82, "green", null, List.of(), LINK);

        Mail sent = only("vladelec@magazin.example");
        assertThat(sent.getSubject()).isEqualTo("Результаты проверки работы с персональными данными: ООО Ромашка");
        assertThat(sent.getText()).contains("Ваша оценка сейчас: 82 из 100 (в хорошем состоянии).",
                "Пока не с чем сравнить", "С прошлого раза больше ничего не изменилось.", LINK);
        assertThat(sent.getHtml()).contains("lang=\"ru\"", "href=\"" + LINK + "\"");
    }

    private Mail only(String recipient) {
        List<Mail> sent = mailbox.getMailsSentTo(recipient);
        assertThat(sent).hasSize(1);
        return sent.get(0);
    }
}
