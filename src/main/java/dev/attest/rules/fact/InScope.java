package dev.attest.rules.fact;

import java.util.List;

/** A scope rule found its check relevant to this business. */
public record InScope(String check, List<Answer> triggeredBy) {

    public InScope {
        triggeredBy = List.copyOf(triggeredBy);
    }

    public String getCheck() {
        return check;
    }
}
