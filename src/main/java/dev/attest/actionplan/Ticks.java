package dev.attest.actionplan;

import java.time.Instant;
import java.util.Map;

/** The steps of one assessment's action plan that are done, with when each was ticked. */
public record Ticks(Map<StepKey, Instant> done) {

    public Ticks {
        done = Map.copyOf(done);
    }

    public static Ticks none() {
        return new Ticks(Map.of());
    }

    public boolean isDone(String checkId, int number) {
        return done.containsKey(new StepKey(checkId, number));
    }

    /** When the step was ticked, or {@code null} when it is not done. */
    public Instant doneAt(String checkId, int number) {
        return done.get(new StepKey(checkId, number));
    }

}
