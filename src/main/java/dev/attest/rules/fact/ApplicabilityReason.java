package dev.attest.rules.fact;

import java.util.List;
import java.util.Objects;

/**
 * Why a framework applies ({@code applies}) or why it does not. The code names a text in the pack's texts.
 */
public record ApplicabilityReason(String framework, String code, boolean applies, List<Answer> triggeredBy) {

    public ApplicabilityReason {
        triggeredBy = List.copyOf(triggeredBy);
    }

    public String getFramework() {
        return framework;
    }

    public String getCode() {
        return code;
    }

    public boolean isApplies() {
        return applies;
    }

    public List<Answer> getTriggeredBy() {
        return triggeredBy;
    }

    /**
     * Written out rather than the record's, which goes through method handles: the engine hashes it on every logical
     * insert. Consistent with the record's equals, which compares every component.
     */
    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(framework) + Objects.hashCode(code);
    }
}
