package dev.attest.rules.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.attest.rules.model.RuleProblem;

/** problem+json for a refused reload: what is wrong in which file and line, and which version keeps answering. */
@Schema(name = "RulebaseRejectedProblem")
public record RulebaseRejectedProblem(
        @Schema(examples = "urn:attest:problem:rulebase-rejected") String type,
        @Schema(examples = "The new rules were refused") String title,
        @Schema(examples = "422") int status,
        String detail,
        @Schema(description = "The version that keeps answering") String currentVersion,
        List<RuleProblem> problems) {
}
