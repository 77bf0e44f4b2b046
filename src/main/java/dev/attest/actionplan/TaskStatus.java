package dev.attest.actionplan;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where a remediation task stands. Done and risk-accepted tasks are closed. */
public enum TaskStatus {
    OPEN("open"),
    IN_PROGRESS("in_progress"),
    DONE("done"),
    /** The organisation has decided to live with the risk; a reason is required. */
    RISK_ACCEPTED("risk_accepted");

    private final String code;

    TaskStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean closed() {
        return this == DONE || this == RISK_ACCEPTED;
    }

    public static Optional<TaskStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
    }

    /** The codes, comma-separated, for error messages. */
    public static String codes() {
        return Arrays.stream(values()).map(TaskStatus::code).collect(Collectors.joining(", "));
    }
}
