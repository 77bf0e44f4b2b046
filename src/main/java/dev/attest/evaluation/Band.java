package dev.attest.evaluation;

import java.util.Locale;

/** The traffic-light rating of a score and its findings. */
public enum Band {
    RED,
    AMBER,
    GREEN,
    /** Nothing was scored: no framework that applies has checks yet. */
    NOT_ASSESSED;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
