package dev.attest.platform.problem;

/** The thing asked for does not exist (or is not visible to the caller). Becomes a 404 problem. */
public class ResourceNotFoundException extends RuntimeException {

    private final String kind;
    private final String id;

    public ResourceNotFoundException(String kind, String id) {
        this(kind, id, "No " + kind + " with id '" + id + "'");
    }

    /** With a detail of its own, e.g. when the id is a secret that must not be echoed back. */
    public ResourceNotFoundException(String kind, String id, String detail) {
        super(detail);
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
