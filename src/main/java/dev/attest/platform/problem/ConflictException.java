package dev.attest.platform.problem;

/** The request is well formed but the state of what it addresses does not allow it. Becomes a 409 problem. */
public class ConflictException extends RuntimeException {

    private final String slug;
    private final String title;

    /** @param slug the last part of the problem type, {@code urn:attest:problem:<slug>} */
    public ConflictException(String slug, String title, String detail) {
        super(detail);
        this.slug = slug;
        this.title = title;
    }

    public Problem problem() {
        return Problem.of(slug, title, 409, getMessage());
    }
}
