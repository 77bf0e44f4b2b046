package dev.attest.platform.problem;

/**
 * One bad field of a request.
 *
 * @param in {@code body} for the request body, {@code answers} for a pointer into the answers object,
 *        {@code query} or {@code path} for parameters
 * @param pointer JSON Pointer of the field (relative to the answers for {@code answers})
 * @param reason what is wrong, in plain words
 */
public record FieldError(String in, String pointer, String reason) {

    public static FieldError body(String pointer, String reason) {
        return new FieldError("body", pointer, reason);
    }

    public static FieldError answers(String pointer, String reason) {
        return new FieldError("answers", pointer, reason);
    }
}
