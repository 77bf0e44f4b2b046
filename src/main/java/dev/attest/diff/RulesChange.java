package dev.attest.diff;

import java.time.LocalDate;

/** The rules that judged each assessment: a rulebase version, and the date that decided which parameters were in force. */
public record RulesChange(String olderVersion, LocalDate olderDate, String newerVersion, LocalDate newerDate) {
}
