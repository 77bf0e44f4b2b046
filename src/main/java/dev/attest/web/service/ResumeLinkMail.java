package dev.attest.web.service;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.attest.draft.Draft;
import dev.attest.draft.service.DraftService;
import dev.attest.platform.i18n.Language;
import dev.attest.web.config.WebConfig;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * The e-mail address an owner leaves on a draft: checked, stored for the yearly reminder, and sent the absolute resume
 * link in the page's language. The link is a secret: it goes only into the mail, never into a log line.
 */
@ApplicationScoped
public class ResumeLinkMail {

    private static final Logger LOG = Logger.getLogger(ResumeLinkMail.class);

    /** One @, something on both sides, a dot in the domain, no spaces: what a person can mistype, not RFC 5322. */
    private static final Pattern ADDRESS = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");
    private static final int MAX_LENGTH = 320;

    /** What leaving an address did. */
    public enum Outcome {
        /** Not an address: nothing was stored or sent. */
        INVALID,
        /** Stored and the link sent. */
        SENT,
        /** Stored, but the mail server did not take the mail. */
        NOT_SENT,
        /** Left empty: any address stored before is forgotten. */
        REMOVED
    }

    @Inject
    DraftService drafts;

    @Inject
    Mailer mailer;

    @Inject
    WebConfig config;

    @Inject
    @Location("mail/resume-link.txt")
    Template text;

    @Inject
    @Location("mail/resume-link.html")
    Template html;

    /** Stores {@code typed} and mails the link to step {@code sectionId}, opened by {@code token}. */
    public Outcome leave(Draft draft, String typed, String token, String sectionId, Language language) {
        String address = typed == null ? "" : typed.trim();
        if (address.isEmpty()) {
            drafts.saveEmail(draft, null);
            return Outcome.REMOVED;
        }
        if (!valid(address)) {
            return Outcome.INVALID;
        }
        drafts.saveEmail(draft, address);
        String link = config.baseUrl().replaceAll("/+$", "") + "/d/" + token + "/s/" + sectionId;
        try {
            mailer.send(Mail.withText(address, StepService.messages(language).mailSubject(),
                    text.data("link", link).setLocale(StepService.locale(language)).render())
                    .setHtml(html.data("link", link).data("lang", language.code())
                            .setLocale(StepService.locale(language)).render()));
            return Outcome.SENT;
        } catch (RuntimeException e) {
            // The exception's message may quote the mail; only its kind is logged.
            LOG.warnf("Resume link mail for draft %s not sent: %s", draft.id, e.getClass().getName());
            return Outcome.NOT_SENT;
        }
    }

    static boolean valid(String address) {
        return address.length() <= MAX_LENGTH && ADDRESS.matcher(address).matches()
                && address.chars().noneMatch(Character::isISOControl);
    }
}
