package dev.attest.schedule.service;

import java.util.Optional;

import dev.attest.schedule.ScheduledReassessment;

/**
 * What became of one due organisation in a run.
 *
 * @param failure why it failed, for a {@code FAILED} one: a consultant who asked for it gets that error
 */
public record ReassessmentOutcome(Kind kind, Optional<ScheduledReassessment> reassessment, Optional<RuntimeException> failure) {

    public enum Kind {
        /** Re-assessed now. */
        REASSESSED,
        /** Another run or instance had re-assessed it for this due date already. */
        ALREADY_DONE,
        /** No longer due when its turn came: paused, re-assessed by hand, or its cadence changed. */
        NOT_DUE,
        /** The re-assessment failed; it stays due and the next run tries again. */
        FAILED
    }

    static ReassessmentOutcome of(Kind kind) {
        return new ReassessmentOutcome(kind, Optional.empty(), Optional.empty());
    }

    static ReassessmentOutcome reassessed(ScheduledReassessment reassessment) {
        return new ReassessmentOutcome(Kind.REASSESSED, Optional.of(reassessment), Optional.empty());
    }

    static ReassessmentOutcome failed(RuntimeException failure) {
        return new ReassessmentOutcome(Kind.FAILED, Optional.empty(), Optional.of(failure));
    }
}
