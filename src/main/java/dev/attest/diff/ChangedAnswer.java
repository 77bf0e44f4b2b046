package dev.attest.diff;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One answer that differs between two assessments.
 *
 * @param pointer JSON Pointer into the answers, e.g. {@code /purposes/2/retention_months}
 * @param question the question it answers, {@code group.field} for a field of a repeated group
 * @param older the older value, null when it was not answered then
 * @param newer the newer value, null when it is not answered now
 */
public record ChangedAnswer(String pointer, String question, JsonNode older, JsonNode newer) {
}
