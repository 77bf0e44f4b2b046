package dev.attest.platform.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages Attest writes its texts in. English is the fallback. */
public enum Language {
    EN("en"),
    RU("ru");

    public static final Language FALLBACK = EN;

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The language for a code such as {@code ru} or {@code ru-RU}, if Attest has it. */
    public static Optional<Language> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String primary = code.trim().toLowerCase(Locale.ROOT).split("[-_]")[0];
        for (Language language : values()) {
            if (language.code.equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
