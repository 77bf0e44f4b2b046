package dev.attest.rules.fact;

import java.util.List;

/**
 * A check found a gap. {@code raisedSeverity} is set when the rule raised the check's severity, e.g. for
 * an obligation whose start date has passed.
 */
public record Violation(String check, List<Answer> triggeredBy, String raisedSeverity) {

    public Violation {
        triggeredBy = List.copyOf(triggeredBy);
    }

    public Violation raisedTo(String severity) {
        return new Violation(check, triggeredBy, severity);
    }

    public String getCheck() {
        return check;
    }
}
