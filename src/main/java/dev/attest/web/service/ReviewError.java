package dev.attest.web.service;

import io.quarkus.qute.TemplateData;

/** An answer still needed before submission, with the step to fix it on. */
@TemplateData
public record ReviewError(String label, String message, String sectionId) {
}
