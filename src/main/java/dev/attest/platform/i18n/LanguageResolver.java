package dev.attest.platform.i18n;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** Picks the response language: an explicit {@code ?lang=} wins over {@code Accept-Language}. */
@ApplicationScoped
public class LanguageResolver {

    public Language resolve(String langParameter, String acceptLanguage) {
        return Language.fromCode(langParameter)
                .or(() -> fromAcceptLanguage(acceptLanguage))
                .orElse(Language.FALLBACK);
    }

    private Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(header.split(","))
                .map(WeightedRange::parse)
                .filter(range -> range.weight() > 0)
                .sorted(Comparator.comparingDouble(WeightedRange::weight).reversed())
                .map(range -> Language.fromCode(range.tag()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private record WeightedRange(String tag, double weight) {
        static WeightedRange parse(String part) {
            String[] pieces = part.trim().split(";");
            double weight = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String piece = pieces[i].trim();
                if (piece.startsWith("q=")) {
                    try {
                        weight = Double.parseDouble(piece.substring(2));
                    } catch (NumberFormatException e) {
                        weight = 0;
                    }
                }
            }
            return new WeightedRange(pieces[0].trim(), weight);
        }
    }
}
