package dev.attest.transfer.service;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/** {@code attest-organisation-<slug>-<date>.json}: the name in plain ASCII, safe in a Content-Disposition header. */
final class ExportFileName {

    static final int MAX_SLUG = 60;

    private ExportFileName() {
    }

    static String of(String organisationName, Clock clock) {
        return "attest-organisation-" + slug(organisationName) + "-" + LocalDate.now(clock) + ".json";
    }

    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "organisation" : slug;
    }
}
