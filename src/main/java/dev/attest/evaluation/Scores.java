package dev.attest.evaluation;

import java.util.List;

/** The overall score (null when nothing was scored), its band, and one score per framework. */
public record Scores(Integer overall, Band band, List<FrameworkScore> frameworks) {

    public Scores {
        frameworks = List.copyOf(frameworks);
    }
}
