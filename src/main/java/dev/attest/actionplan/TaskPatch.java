package dev.attest.actionplan;

import java.time.LocalDate;

/**
 * The fields of a task a PATCH changes. A field left out of the request is {@code null} here and stays as it is; a
 * field sent is a {@link Change}, whose value is {@code null} when the request cleared it with an explicit null.
 */
public record TaskPatch(TaskStatus status, Change<String> owner, Change<LocalDate> dueDate, Change<String> riskReason,
        Change<String> notes) {

    /** A field the request sent, with its new value (null to clear it). */
    public record Change<T>(T value) {
    }
}
