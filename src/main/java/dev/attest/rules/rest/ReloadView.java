package dev.attest.rules.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reload that was accepted. */
@Schema(name = "RulebaseReload")
public record ReloadView(
        @Schema(examples = "sha256:51ab…") String previousVersion,
        @Schema(examples = "sha256:77de…") String currentVersion,
        String textsVersion,
        @Schema(description = "false when the files are the same as before") boolean changed) {
}
