package dev.attest.actionplan;

import java.util.Optional;

/**
 * One step of a finding's remediation: the check id and the step's number, counted from 1. Written
 * {@code <checkId>:<number>} in the web form, where one field names one step.
 */
public record StepKey(String checkId, int number) {

    public static Optional<StepKey> parse(String value) {
        int colon = value == null ? -1 : value.lastIndexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StepKey(value.substring(0, colon), Integer.parseInt(value.substring(colon + 1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return checkId + ":" + number;
    }
}
