package dev.attest.notification;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the re-assessment e-mails, in the {@code notice:} namespace of their templates; Russian in
 * {@code messages/notice_ru.properties}. Written for business owners, not lawyers.
 */
@MessageBundle(value = "notice", locale = "en")
public interface NotificationMessages {
    @Message("Hello,") String greeting();
    @Message("Time to look over your privacy answers for {organisation}") String reminderSubject(String organisation);
    @Message("The next privacy check-up for {organisation} is due on {due}, in {days}.") String reminderIntro(String organisation, String due, String days);
    @Message("Please take a few minutes to look over the answers you gave last time and change anything that is no longer true, such as new tools, new suppliers or new kinds of customer data. Your last answers are already filled in.") String reminderAsk();
    @Message("Time to look over your privacy answers") String reminderSubjectSelf();
    @Message("A year has passed since you checked how your business handles personal data: the next check-up is due on {due}, in {days}.") String reminderIntroSelf(String due, String days);
    @Message("You get this e-mail because you left this address when you checked your business with Attest.") String footerSelf();
    @Message("Open your answers:") String reminderLink();
    @Message("If nothing has changed, you do not need to do anything: the check-up will use your last answers.") String reminderNothingChanged();
    @Message("Your privacy check-up results for {organisation}") String reassessedSubject(String organisation);
    @Message("We have checked again how {organisation} handles personal data, with your latest answers and today's rules.") String reassessedIntro(String organisation);
    @Message("Your score now: {score} out of 100 ({band}).") String reassessedScore(int score, String band);
    @Message("Last time: {previous} out of 100.") String reassessedPrevious(int previous);
    @Message("There is no earlier score to compare with yet.") String reassessedNoPrevious();
    @Message("What changed:") String reassessedChanges();
    @Message("Nothing else changed since last time.") String reassessedNoChanges();
    @Message("Some questions have changed since you answered them. Please look over your answers:") String reassessedReview();
    @Message("New: {title}") String changeNew(String title);
    @Message("Fixed: {title}") String changeFixed(String title);
    @Message("Now of different importance: {title}") String changeSeverity(String title);
    @Message("The rules now also check: {title}") String changeCheckAdded(String title);
    @Message("No longer checked: {title}") String changeCheckRemoved(String title);
    @Message("The rules behind this check were updated: {title}") String changeCheckUpdated(String title);
    @Message("You get this e-mail because this address is the privacy contact for {organisation}.") String footer(String organisation);
    @Message("needs urgent work") String bandRed();
    @Message("needs work") String bandAmber();
    @Message("in good shape") String bandGreen();
    @Message("not assessed") String bandNotAssessed();
    @Message("{n} day") String dayOne(int n);
    @Message("{n} days") String dayFew(int n);
    @Message("{n} days") String dayMany(int n);
}
