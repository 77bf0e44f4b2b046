package dev.attest.web.service;

import java.util.Collection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What an autosave may store of a posted step: everything valid. An invalid value (a half-typed number) gives way to
 * the answer saved before it, so a valid answer is never replaced by one the validator refuses.
 */
final class AutosaveFilter {

    private AutosaveFilter() {
    }

    /**
     * @param errors the form field names with an error: {@code q.<id>}, {@code g.<group>.<index>} or
     *     {@code g.<group>.<index>.<field>}
     */
    static SectionInput keepValid(SectionInput input, ObjectNode saved, Collection<String> errors) {
        ObjectNode updates = input.updates().deepCopy();
        for (String error : errors) {
            String[] parts = error.split("\\.");
            if (parts[0].equals("q") || parts.length < 4) {
                // A whole question, or a group's entry as such, is wrong: its saved answer stays.
                updates.remove(parts[1]);
            } else if (updates.get(parts[1]) instanceof ArrayNode entries) {
                restoreField(entries, saved.get(parts[1]), Integer.parseInt(parts[2]), parts[3]);
            }
        }
        return new SectionInput(updates, input.cleared());
    }

    private static void restoreField(ArrayNode entries, JsonNode savedEntries, int index, String field) {
        if (index >= entries.size() || !(entries.get(index) instanceof ObjectNode entry)) {
            return;
        }
        JsonNode before = savedEntries != null && savedEntries.isArray() && index < savedEntries.size()
                ? savedEntries.get(index).get(field) : null;
        if (before == null) {
            entry.remove(field);
        } else {
            entry.set(field, before.deepCopy());
        }
    }
}
