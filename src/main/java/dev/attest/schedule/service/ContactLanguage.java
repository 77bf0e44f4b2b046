package dev.attest.schedule.service;

import java.util.Set;

import dev.attest.platform.i18n.Language;

/** The language an organisation's contacts are written to: Russian where it is the common business language. */
final class ContactLanguage {

    private static final Set<String> RUSSIAN_SPEAKING = Set.of("RU", "BY", "KZ", "KG");

    private ContactLanguage() {
    }

    static Language of(String country) {
        return RUSSIAN_SPEAKING.contains(country) ? Language.RU : Language.EN;
    }
}
