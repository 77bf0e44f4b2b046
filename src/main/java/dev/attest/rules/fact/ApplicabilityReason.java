package dev.attest.rules.fact;

import java.util.List;

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
}
