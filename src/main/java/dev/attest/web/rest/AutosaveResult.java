package dev.attest.web.rest;

import java.util.List;

/**
 * The answer to an autosave: whether it was stored, and the form fields whose values were not, being invalid (their
 * previous answers are kept).
 */
public record AutosaveResult(boolean saved, List<String> invalid) {
}
