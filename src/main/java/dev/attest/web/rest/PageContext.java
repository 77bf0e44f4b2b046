package dev.attest.web.rest;

import io.quarkus.qute.TemplateData;

import dev.attest.platform.i18n.Language;

/** What every page's layout needs: its language and the link to the other one. */
@TemplateData
public record PageContext(String lang, String otherLang, String otherLangName) {

    public static PageContext of(Language language) {
        return language == Language.RU ? new PageContext("ru", "en", "English") : new PageContext("en", "ru", "Русский");
    }
}
