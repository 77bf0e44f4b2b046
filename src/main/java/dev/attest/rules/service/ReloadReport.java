package dev.attest.rules.service;

import java.util.List;

import dev.attest.rules.model.RuleProblem;

/** The result of a reload: the version now answering, and the problems when the new files were refused. */
public record ReloadReport(boolean accepted, String previousVersion, String currentVersion, String textsVersion,
        List<RuleProblem> problems) {

    public ReloadReport {
        problems = List.copyOf(problems);
    }
}
