package dev.attest.web.rest;

import dev.attest.platform.problem.ResourceNotFoundException;

/** The answer to a resume link that opens no draft: it does not echo the link, which is a secret. */
final class ResumeLinks {

    private ResumeLinks() {
    }

    static ResourceNotFoundException unknown() {
        return new ResourceNotFoundException("draft", null,
                "This resume link does not lead to a saved self-assessment. Check that the whole link was copied.");
    }

    static ResourceNotFoundException notSubmitted() {
        return new ResourceNotFoundException("assessment", null,
                "This self-assessment has not been submitted yet, so it has no results to download.");
    }
}
