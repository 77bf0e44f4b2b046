package dev.attest.actionplan.service;

import java.util.Locale;

import dev.attest.actionplan.OrganisationActionPlan.Task;
import dev.attest.actionplan.TaskStatus;
import dev.attest.platform.problem.FieldError;
import dev.attest.platform.problem.InvalidRequestException;

/** Which tasks of an organisation's plan to show: one status, one owner (ignoring case), or all. */
public record TaskFilter(TaskStatus status, String owner) {

    public static TaskFilter none() {
        return new TaskFilter(null, null);
    }

    /** From the {@code status} and {@code owner} query parameters; a 400 naming {@code status} when it is unknown. */
    public static TaskFilter parse(String status, String owner) {
        TaskStatus wanted = null;
        if (status != null && !status.isBlank()) {
            wanted = TaskStatus.fromCode(status.trim()).orElseThrow(() -> new InvalidRequestException(
                    new FieldError("query", "status", "expected one of " + TaskStatus.codes())));
        }
        return new TaskFilter(wanted, owner == null || owner.isBlank() ? null : owner.trim());
    }

    public boolean matches(Task task) {
        return (status == null || status.code().equals(task.status()))
                && (owner == null || task.owner() != null
                        && task.owner().toLowerCase(Locale.ROOT).equals(owner.toLowerCase(Locale.ROOT)));
    }
}
