package dev.attest.assessment;

/** A stored assessment re-run against today's rules: the one whose answers were re-run, and the new one. */
public record Rerun(StoredAssessment previous, StoredAssessment next) {
}
