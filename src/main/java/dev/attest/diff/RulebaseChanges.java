package dev.attest.diff;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How the rulebase that judged the newer assessment differs from the older one's, check by check, whether or not a
 * change moved a finding of this business: what a consultant reads as "the law or our reading of it changed".
 *
 * @param added checks only the newer rulebase has
 * @param removed checks only the older rulebase had
 * @param changed checks in both whose severity, citation, questions read, verification or logic differ
 */
public record RulebaseChanges(List<CheckChange> added, List<CheckChange> removed, List<CheckChange> changed) {

    public static final RulebaseChanges NONE = new RulebaseChanges(List.of(), List.of(), List.of());

    public RulebaseChanges {
        added = added == null ? List.of() : List.copyOf(added);
        removed = removed == null ? List.of() : List.copyOf(removed);
        changed = changed == null ? List.of() : List.copyOf(changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** What differs about a check that both rulebases hold. */
    public enum Aspect {
        /** Its severity. */
        SEVERITY,
        /** The provision it cites. */
        CITATION,
        /** The questions it reads. */
        INPUTS,
        /** Whether counsel has confirmed the requirement. */
        VERIFICATION,
        /** Its rule, or the rules that decide when it is relevant. */
        LOGIC;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One added, removed or changed check, as the side that has it describes it (the newer side for a changed one).
     *
     * @param severity its severity code, as in a result
     * @param olderSeverity the severity before, for a changed check whose severity changed; null otherwise
     * @param olderCitation the citation before, for a changed check whose citation changed; null otherwise
     * @param changes what differs, for a changed check: {@code severity}, {@code citation}, {@code inputs},
     *        {@code verification}, {@code logic}; empty for an added or removed one
     */
    @Schema(name = "RulebaseCheckChange")
    public record CheckChange(String check, String framework, String citation,
            @Schema(enumeration = {"critical", "high", "medium", "low"}) String severity,
            String olderSeverity, String olderCitation, List<String> changes) {

        public CheckChange {
            changes = changes == null ? List.of() : List.copyOf(changes);
        }
    }
}
