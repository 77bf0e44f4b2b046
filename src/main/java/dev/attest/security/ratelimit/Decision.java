package dev.attest.security.ratelimit;

/** Whether a request may go ahead, and if not, how many seconds until it may. */
public record Decision(boolean allowed, long retryAfterSeconds) {

    static final Decision ALLOWED = new Decision(true, 0);
}
