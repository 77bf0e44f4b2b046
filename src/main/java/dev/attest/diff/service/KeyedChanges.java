package dev.attest.diff.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/** Two maps compared key by key, in key order: a key on one side only, or whose values differ, is a change. */
final class KeyedChanges {

    /** Makes the change for one key; {@code was} or {@code is} is null where the key is on one side only. */
    @FunctionalInterface
    interface Change<V, C> {
        C of(String key, V was, V is);
    }

    private KeyedChanges() {
    }

    static <V, C> List<C> between(Map<String, V> before, Map<String, V> after, BiPredicate<V, V> same, Change<V, C> change) {
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<C> changes = new ArrayList<>();
        for (String key : keys) {
            V was = before.get(key);
            V is = after.get(key);
            if (was == null || is == null || !same.test(was, is)) {
                changes.add(change.of(key, was, is));
            }
        }
        return changes;
    }
}
