package dev.attest.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every text of the web pages; Russian in {@code messages/msg_ru.properties}. */
@MessageBundle(locale = "en")
public interface Messages {
    @Message("Attest") String appName();
    @Message("Skip to content") String skipLink();
    @Message("Check how your business handles personal data") String startTitle();
    @Message("Attest asks plain questions about the personal data your business collects and uses, then shows where you stand under the GDPR, ePrivacy, the CCPA/CPRA and good data ethics: a score per framework, the gaps to fix first and what to do about each.") String startIntro();
    @Message("It takes about 20 minutes. Your answers are saved after every step, and you get a private link to continue later. You can answer \"I don't know\" to practice questions: we turn those into things to find out.") String startHow();
    @Message("Start the assessment") String startButton();
    @Message("Step {current} of {total}") String stepOf(int current, int total);
    @Message("Progress") String progress();
    @Message("Yes") String yes();
    @Message("No") String no();
    @Message("I don't know") String dontKnow();
    @Message("Choose…") String chooseOne();
    @Message("Save and continue") String next();
    @Message("Back") String back();
    @Message("Add another") String addAnother();
    @Message("Entry {n}") String entry(int n);
    @Message("Keep this link to continue later") String resumeTitle();
    @Message("Anyone with this link can open your answers. Bookmark it or keep it somewhere private: it is shown only now.") String resumeAdvice();
    @Message("E-mail (optional)") String emailLabel();
    @Message("We use it only to send you this link and, later, a yearly reminder.") String emailHelp();
    @Message("Save e-mail") String emailSave();
    @Message("Please correct the answers marked below.") String errorSummary();
    @Message("This question needs an answer.") String errRequired();
    @Message("Enter a number, e.g. 12.") String errNumber();
    @Message("Enter a number of at least {min}.") String errMin(String min);
    @Message("Enter a number of at most {max}.") String errMax(String max);
    @Message("Enter a date as YYYY-MM-DD, e.g. 2026-05-31.") String errDate();
    @Message("Choose one of the options shown.") String errChoice();
    @Message("This text is too long.") String errText();
    @Message("Check the number of entries.") String errEntries();
    @Message("This answer is not accepted.") String errGeneric();
    @Message("Review and submit") String reviewTitle();
    @Message("You can go back to any step to change your answers. When you are ready, submit to see your results.") String reviewIntro();
    @Message("Some answers are still needed:") String reviewErrors();
    @Message("Submit and see results") String submit();
    @Message("Your results") String resultsTitle();
    @Message("Overall score") String overallScore();
    @Message("{score} of 100") String scoreOf(int score);
    @Message("Needs urgent work") String bandRed();
    @Message("Needs work") String bandAmber();
    @Message("In good shape") String bandGreen();
    @Message("Not assessed") String bandNotAssessed();
    @Message("By framework") String frameworksTitle();
    @Message("Not applicable") String notApplicable();
    @Message("Fix these first") String fixFirst();
    @Message("Then these") String severityMedium();
    @Message("When you can") String severityLow();
    @Message("No gaps found.") String noFindings();
    @Message("Because you answered") String triggeredBy();
    @Message("Legal basis") String citation();
    @Message("What to do") String remediation();
    @Message("Not answered") String notAnswered();
}
