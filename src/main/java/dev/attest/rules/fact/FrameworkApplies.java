package dev.attest.rules.fact;

/** Derived: at least one applicability reason says the framework applies. */
public record FrameworkApplies(String framework) {

    public String getFramework() {
        return framework;
    }
}
