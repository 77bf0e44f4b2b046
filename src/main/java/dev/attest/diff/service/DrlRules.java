package dev.attest.diff.service;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds one rule's text in a DRL file, enough to tell whether it was edited; the compiler has already parsed it. */
final class DrlRules {

    /** A rule ends at the first line that is {@code end} on its own, as every rule in {@code rules/} is written. */
    private static final Pattern END = Pattern.compile("(?m)^\\s*end\\s*$");

    private DrlRules() {
    }

    /** Metadata ({@code @severity(…)}: compared as such) and whole-line comments are not logic. */
    private static final Pattern NOT_LOGIC = Pattern.compile("(?m)^\\s*(@|//).*$");

    /**
     * The rule's conditions and actions, from its {@code rule "name"} line to its {@code end}, without metadata and
     * comment lines, whitespace collapsed; null if the file has no such rule.
     */
    static String source(String drl, String name) {
        Matcher start = Pattern.compile("(?m)^\\s*rule\\s+\"" + Pattern.quote(name) + "\"").matcher(drl);
        if (!start.find()) {
            return null;
        }
        Matcher end = END.matcher(drl);
        int to = end.find(start.end()) ? end.end() : drl.length();
        String rule = NOT_LOGIC.matcher(drl.substring(start.start(), to)).replaceAll("");
        return rule.replaceAll("\\s+", " ").strip();
    }
}
