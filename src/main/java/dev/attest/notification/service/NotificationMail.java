package dev.attest.notification.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.attest.notification.NotificationMessages;
import dev.attest.platform.i18n.Language;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The e-mails of scheduled re-assessments, in English or Russian, as text and HTML: the reminder before one is due
 * and the result after it ran. Links open the business's answers, so they go only into the mail: logs name neither
 * the recipient nor the link.
 */
@ApplicationScoped
public class NotificationMail {

    private static final Logger LOG = Logger.getLogger(NotificationMail.class);

    @Inject
    Mailer mailer;

    @Inject
    @Location("mail/reassessment-reminder.txt")
    Template reminderText;

    @Inject
    @Location("mail/reassessment-reminder.html")
    Template reminderHtml;

    @Inject
    @Location("mail/reassessment-result.txt")
    Template resultText;

    @Inject
    @Location("mail/reassessment-result.html")
    Template resultHtml;

    /**
     * Asks the business to review its answers before the re-assessment due on {@code dueDate}.
     * {@code organisationName} is null for a self-assessing owner of the web form, who is addressed directly.
     *
     * @param link opens the web form with the last answers filled in
     * @return whether the mail server took the mail
     */
    public boolean reminder(String recipient, Language language, String organisationName, LocalDate dueDate,
            int daysLeft, String link) {
        NotificationMessages texts = messages(language);
        String due = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale(language)).format(dueDate);
        String subject = organisationName == null ? texts.reminderSubjectSelf() : texts.reminderSubject(organisationName);
        return send("reminder", recipient, subject,
                data(reminderText, language).data("organisation", organisationName).data("due", due)
                        .data("days", days(texts, language, daysLeft)).data("link", link),
                data(reminderHtml, language).data("organisation", organisationName).data("due", due)
                        .data("days", days(texts, language, daysLeft)).data("link", link));
    }

    /**
     * Tells the business the result of a re-assessment.
     *
     * @param band the band's code: {@code red}, {@code amber}, {@code green} or {@code not-assessed}
     * @param previousScore the score before, absent for a first result
     * @param changes what changed since the previous assessment, one line each, already in {@code language}
     * @return whether the mail server took the mail
     */
    public boolean reassessed(String recipient, Language language, String organisationName, int score, String band,
            Integer previousScore, List<String> changes, String link) {
        NotificationMessages texts = messages(language);
        String bandText = band(texts, band);
        List<String> lines = changes == null ? List.of() : List.copyOf(changes);
        return send("result", recipient, texts.reassessedSubject(organisationName),
                data(resultText, language).data("organisation", organisationName).data("score", score)
                        .data("band", bandText).data("previous", previousScore).data("changes", lines).data("link", link),
                data(resultHtml, language).data("organisation", organisationName).data("score", score)
                        .data("band", bandText).data("previous", previousScore).data("changes", lines).data("link", link));
    }

    /** The lines of a result mail's "what changed", in {@code language}, from the titles of the checks that moved. */
    public List<String> changeLines(Language language, List<String> newTitles, List<String> fixedTitles,
            List<String> severityTitles) {
        NotificationMessages texts = messages(language);
        return lines(newTitles, texts::changeNew, fixedTitles, texts::changeFixed, severityTitles, texts::changeSeverity);
    }

    /** Lines on the rulebase itself: checks the rules added, dropped or rewrote since the previous assessment. */
    public List<String> rulesLines(Language language, List<String> addedTitles, List<String> removedTitles,
            List<String> updatedTitles) {
        NotificationMessages texts = messages(language);
        return lines(addedTitles, texts::changeCheckAdded, removedTitles, texts::changeCheckRemoved, updatedTitles,
                texts::changeCheckUpdated);
    }

    /** Each group of titles as its own kind of line, the groups in the order given. */
    private static List<String> lines(List<String> first, UnaryOperator<String> firstLine, List<String> second,
            UnaryOperator<String> secondLine, List<String> third, UnaryOperator<String> thirdLine) {
        return Stream.of(first.stream().map(firstLine), second.stream().map(secondLine), third.stream().map(thirdLine))
                .flatMap(lines -> lines).toList();
    }

    private boolean send(String kind, String recipient, String subject, TemplateInstance text, TemplateInstance html) {
        try {
            mailer.send(Mail.withText(recipient, subject, text.render()).setHtml(html.render()));
            return true;
        } catch (RuntimeException e) {
            // The exception's message may quote the mail or the address; only its kind is logged.
            LOG.warnf("Re-assessment %s mail not sent: %s", kind, e.getClass().getName());
            return false;
        }
    }

    private static TemplateInstance data(Template template, Language language) {
        return template.data("lang", language.code()).setLocale(locale(language));
    }

    static String days(NotificationMessages texts, Language language, int n) {
        if (language != Language.RU) {
            return n == 1 ? texts.dayOne(n) : texts.dayMany(n);
        }
        int lastTwo = n % 100;
        int last = n % 10;
        if (last == 1 && lastTwo != 11) {
            return texts.dayOne(n);
        }
        if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) {
            return texts.dayFew(n);
        }
        return texts.dayMany(n);
    }

    private static String band(NotificationMessages texts, String band) {
        return switch (band == null ? "" : band) {
            case "red" -> texts.bandRed();
            case "amber" -> texts.bandAmber();
            case "green" -> texts.bandGreen();
            default -> texts.bandNotAssessed();
        };
    }

    private static NotificationMessages messages(Language language) {
        return MessageBundles.get(NotificationMessages.class, Localized.Literal.of(language.code()));
    }

    private static Locale locale(Language language) {
        return Locale.forLanguageTag(language.code());
    }
}
