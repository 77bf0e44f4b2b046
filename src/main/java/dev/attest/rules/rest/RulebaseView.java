package dev.attest.rules.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The rulebase answering now: versions, frameworks and checks. */
@Schema(name = "Rulebase")
public record RulebaseView(
        @Schema(description = "SHA-256 over the rule logic (DRL, packs, parameters)", examples = "sha256:51ab…") String version,
        @Schema(description = "SHA-256 over the texts", examples = "sha256:0c4e…") String textsVersion,
        @Schema(examples = "[\"152-FZ\", \"CCPA\", \"ETHICS\", \"GDPR\", \"MINIMISATION\"]") List<String> frameworks,
        @Schema(description = "Number of checks per framework", examples = "{\"GDPR\": 26}") java.util.Map<String, Long> checkCounts,
        List<CheckView> checks) {

    public record CheckView(@Schema(examples = "GDPR-ART7-PRETICKED") String id, String framework,
            @Schema(enumeration = {"critical", "high", "medium", "low"}) String severity,
            @Schema(examples = "GDPR Art. 7(1)") String citation, String title, boolean verified,
            @Schema(description = "Questions the check reads") List<String> inputs) {
    }
}
