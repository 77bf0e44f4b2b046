package dev.attest.rules.model;

/** A defect in the rule files: where it is (file, line when known) and what is wrong. */
public record RuleProblem(String file, Integer line, String message) {

    @Override
    public String toString() {
        return file + (line != null && line > 0 ? ":" + line : "") + ": " + message;
    }
}
