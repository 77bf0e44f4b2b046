package dev.attest.rules.model;

import java.util.List;

/** Whether a framework applies, with the reasons the rules gave. */
public record FrameworkApplicability(String framework, boolean applies, List<Reason> reasons) {

    public FrameworkApplicability {
        reasons = List.copyOf(reasons);
    }

    /** A reason code (texts key {@code FRAMEWORK/code}) and the answers behind it. */
    public record Reason(String code, List<AnswerRef> triggeredBy) {

        public Reason {
            triggeredBy = List.copyOf(triggeredBy);
        }

        /** The reason rests on a "don't know" answer: it needs checking. */
        public boolean unverified() {
            return triggeredBy.stream().anyMatch(ref -> RuleVerdict.DONT_KNOW.equals(ref.answer()));
        }
    }
}
