package dev.attest.rules.fact;

import java.util.List;
import java.util.Objects;

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

    /**
     * Written out rather than the record's, which goes through method handles: the engine hashes it on every logical
     * insert. Consistent with the record's equals, which compares every component.
     */
    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(check) + triggeredBy.hashCode();
    }
}
