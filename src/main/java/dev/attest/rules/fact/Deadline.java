package dev.attest.rules.fact;

/**
 * A clock a framework sets for one kind of duty (answering a rights request, reporting a breach), derived
 * when the framework applies. Where several frameworks set a clock of the same kind, the strictest governs.
 *
 * @param unit {@code hours}, {@code days} (calendar), {@code business-days}, {@code working-days} or {@code months}
 */
public record Deadline(String kind, String framework, double amount, String unit, String citation) {

    public String getKind() {
        return kind;
    }

    public String getFramework() {
        return framework;
    }

    /** Comparable length in hours: a business or working day counts as 7/5 of a calendar day, a month as 31 days. */
    public double hours() {
        return switch (unit) {
            case "hours" -> amount;
            case "business-days", "working-days" -> amount * 24 * 7 / 5;
            case "months" -> amount * 24 * 31;
            default -> amount * 24;
        };
    }
}
