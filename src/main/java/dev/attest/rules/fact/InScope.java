package dev.attest.rules.fact;

import java.util.List;
import java.util.Objects;

/** A scope rule found its check relevant to this business. */
public record InScope(String check, List<Answer> triggeredBy) {

    public InScope {
        triggeredBy = List.copyOf(triggeredBy);
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
