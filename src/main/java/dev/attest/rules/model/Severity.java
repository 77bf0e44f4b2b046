package dev.attest.rules.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How serious a gap is; the scale is fixed, its score weights are configuration. */
public enum Severity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> fromCode(String code) {
        return Arrays.stream(values()).filter(severity -> severity.code().equals(code)).findFirst();
    }

    /** The more serious of the two. */
    public Severity max(Severity other) {
        return other != null && other.ordinal() < ordinal() ? other : this;
    }
}
