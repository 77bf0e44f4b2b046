package dev.attest.notification.service;

/**
 * What a receiver did with one attempt.
 *
 * @param statusCode the HTTP status, absent when no answer came
 * @param error short and free of the receiver's answer ({@code HTTP 500}, {@code timed out}); absent on success
 */
public record AttemptOutcome(Integer statusCode, String error) {

    static final int MAX_ERROR = 200;

    public AttemptOutcome {
        error = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }

    public boolean delivered() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}
