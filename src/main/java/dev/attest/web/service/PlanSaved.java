package dev.attest.web.service;

import java.util.List;

/**
 * What the results page's script shows after saving ticks without reloading: the "Saved" notice and the new
 * progress texts, already in the page's language.
 */
public record PlanSaved(String message, String progress, List<FindingProgress> findings) {

    public record FindingProgress(String checkId, String progress) {
    }
}
