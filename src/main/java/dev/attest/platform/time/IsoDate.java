package dev.attest.platform.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a date written as the API documents it, {@code YYYY-MM-DD}. {@link LocalDate#parse} alone also takes
 * {@code +999999999-12-31}, a year no database column of ours can hold and no assessment can mean.
 */
public final class IsoDate {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private IsoDate() {
    }

    /** The date, or empty when the text is not a real date in {@code YYYY-MM-DD} form. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || !FORMAT.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
