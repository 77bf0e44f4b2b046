package dev.attest.web.rest;

import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

import dev.attest.platform.i18n.Language;
import dev.attest.platform.i18n.LanguageResolver;

/** What a page request says about language: {@code ?lang=}, then the {@code attest-lang} cookie, then Accept-Language. */
public class PageRequest {

    public static final String LANGUAGE_COOKIE = "attest-lang";

    @RestQuery
    String lang;

    @RestCookie(LANGUAGE_COOKIE)
    String cookie;

    @RestHeader("Accept-Language")
    String acceptLanguage;

    public Language language() {
        return resolve(lang, cookie, acceptLanguage);
    }

    /**
     * For a draft's pages: after {@code ?lang=} and the cookie, the language the draft was written in, so its link
     * opened on another device speaks the owner's language.
     */
    public Language languageFor(String draftLanguage) {
        return Language.fromCode(lang).or(() -> Language.fromCode(cookie)).or(() -> Language.fromCode(draftLanguage))
                .orElseGet(() -> new LanguageResolver().resolve(null, acceptLanguage));
    }

    /** The language picked with {@code ?lang=} on this request, if any. */
    public java.util.Optional<Language> chosen() {
        return Language.fromCode(lang);
    }

    static Language resolve(String lang, String cookie, String acceptLanguage) {
        return Language.fromCode(lang).or(() -> Language.fromCode(cookie))
                .orElseGet(() -> new LanguageResolver().resolve(null, acceptLanguage));
    }
}
