package dev.attest.rules.model;

import java.util.List;

/**
 * The clocks the applying frameworks set for one kind of duty, strictest first: the first is the one to follow,
 * so that one operational process satisfies every framework.
 */
public record DeadlineSet(String kind, List<Entry> deadlines) {

    public DeadlineSet {
        deadlines = List.copyOf(deadlines);
    }

    public Entry strictest() {
        return deadlines.get(0);
    }

    /** One framework's clock. */
    public record Entry(String framework, double amount, String unit, String citation) {
    }
}
