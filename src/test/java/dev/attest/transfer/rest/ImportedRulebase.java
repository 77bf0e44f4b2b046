package dev.attest.transfer.rest;

import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.rules.model.RulebaseFiles;

/** Edits the rulebase of an export document as another installation's rules would differ. */
final class ImportedRulebase {

    private ImportedRulebase() {
    }

    static String firstLogicFile(JsonNode document) {
        var names = document.at("/rulebases/0/files/logic").fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (name.endsWith(".drl")) {
                return name;
            }
        }
        throw new IllegalStateException("The export has no DRL file");
    }

    /** Adds a comment to a DRL file, so the logic has another version, and points the document's assessments at it. */
    static String changeLogic(ObjectNode document) {
        ObjectNode logic = (ObjectNode) document.at("/rulebases/0/files/logic");
        String file = firstLogicFile(document);
        logic.put(file, logic.get(file).asText() + "\n// Brought by an import\n");
        String version = new RulebaseFiles(map(logic), map(document.at("/rulebases/0/files/texts")),
                map(document.at("/rulebases/0/files/cases"))).version();
        ((ObjectNode) document.at("/rulebases/0")).put("version", version);
        for (JsonNode assessment : document.get("assessments")) {
            ((ObjectNode) assessment).put("rulebaseVersion", version);
            ((ObjectNode) assessment.get("result")).put("rulebaseVersion", version);
        }
        return version;
    }

    private static SortedMap<String, String> map(JsonNode files) {
        SortedMap<String, String> map = new TreeMap<>();
        files.fields().forEachRemaining(file -> map.put(file.getKey(), file.getValue().asText()));
        return map;
    }
}
