package dev.attest.rules.model;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.attest.platform.hash.ContentHash;

/**
 * The files of a rulebase by path relative to {@code rules/}: logic (DRL, packs, parameters), texts and
 * cases. The rulebase version hashes the logic only; texts have a version of their own.
 */
public record RulebaseFiles(SortedMap<String, String> logic, SortedMap<String, String> texts, SortedMap<String, String> cases) {

    public RulebaseFiles {
        logic = Collections.unmodifiableSortedMap(new TreeMap<>(logic));
        texts = Collections.unmodifiableSortedMap(new TreeMap<>(texts));
        cases = Collections.unmodifiableSortedMap(new TreeMap<>(cases));
    }

    public String version() {
        return ContentHash.ofFiles(logic);
    }

    public String textsVersion() {
        return ContentHash.ofFiles(texts);
    }

    public static boolean isLogic(String path) {
        return path.endsWith(".drl") || path.endsWith("pack.yaml") || path.endsWith(".params.yaml");
    }

    public static boolean isTexts(String path) {
        return path.endsWith(".texts.yaml");
    }

    public static boolean isCases(String path) {
        return path.endsWith(".cases.yaml");
    }
}
