package dev.attest.notification;

/** Where a webhook delivery stands. */
public enum DeliveryStatus {
    /** Waiting for its first attempt or for a retry. */
    PENDING("pending"),
    /** The receiver answered 2xx. */
    DELIVERED("delivered"),
    /** Every attempt failed; no more are made. */
    FAILED("failed");

    private final String code;

    DeliveryStatus(String code) {
        this.code = code;
    }

    /** As stored and shown. */
    public String code() {
        return code;
    }
}
