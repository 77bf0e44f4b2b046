package dev.attest.platform.i18n;

import java.util.Map;

/** A text in each of Attest's languages. */
public record LocalizedText(Map<Language, String> values) {

    public LocalizedText {
        values = Map.copyOf(values);
    }

    public static LocalizedText of(String en, String ru) {
        return new LocalizedText(Map.of(Language.EN, en, Language.RU, ru));
    }

    /** The text in {@code language}, or in the fallback language when it has none. */
    public String in(Language language) {
        String text = values.get(language);
        return text != null ? text : values.get(Language.FALLBACK);
    }

    public boolean hasEvery() {
        for (Language language : Language.values()) {
            String text = values.get(language);
            if (text == null || text.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
