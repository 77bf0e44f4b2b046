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

    static Language resolve(String lang, String cookie, String acceptLanguage) {
        return Language.fromCode(lang).or(() -> Language.fromCode(cookie))
                .orElseGet(() -> new LanguageResolver().resolve(null, acceptLanguage));
    }
}
