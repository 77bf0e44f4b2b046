package dev.attest.notification;

import java.time.LocalDate;
import java.util.List;

/** What goes into a re-assessment e-mail, kept in the outbox until it is sent. */
public final class MailContent {

    private MailContent() {
    }

    /** Review your answers: the re-assessment is due on {@code dueDate}; {@code link} opens them in the web form. */
    public record Reminder(String organisationName, LocalDate dueDate, int daysLeft, String link) {
    }

    /**
     * The result of a re-assessment: score and band now, the score before, the changes in the recipient's language
     * and, when answers need reviewing, a link that opens them.
     */
    public record Result(String organisationName, int score, String band, Integer previousScore, List<String> changes,
            String link) {
    }
}
