package dev.attest.rules.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.attest.platform.i18n.Language;
import dev.attest.platform.i18n.LocalizedText;
import dev.attest.platform.i18n.LocalizedTextReader;
import dev.attest.rules.model.CheckTexts;
import dev.attest.rules.model.ParameterValue;
import dev.attest.rules.model.RuleCase;
import dev.attest.rules.model.RuleProblem;
import dev.attest.rules.model.RuleTexts;

/** Reads the YAML files of rule packs: pack, parameters, texts and cases. Problems are collected, not thrown. */
final class RulePackYaml {

    static final LocalDate DEFAULT_CASE_DATE = LocalDate.of(2026, 1, 1);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final List<RuleProblem> problems;

    RulePackYaml(List<RuleProblem> problems) {
        this.problems = problems;
    }

    Optional<String> readFramework(String path, String content) {
        JsonNode root = parse(path, content);
        String framework = root == null ? null : root.path("framework").asText(null);
        if (framework == null || !framework.matches("[A-Z0-9][A-Z0-9-]*")) {
            problems.add(new RuleProblem(path, null, "pack.yaml needs 'framework: ID' in capitals, e.g. GDPR or 152-FZ"));
            return Optional.empty();
        }
        return Optional.of(framework);
    }

    List<ParameterValue> readParameters(String path, String content) {
        JsonNode root = parse(path, content);
        List<ParameterValue> values = new ArrayList<>();
        if (root == null) {
            return values;
        }
        if (!root.isArray()) {
            problems.add(new RuleProblem(path, null, "a parameters file is a list of {name, value, effectiveFrom, source}"));
            return values;
        }
        for (JsonNode item : root) {
            String name = item.path("name").asText(null);
            LocalDate from = date(item.get("effectiveFrom"));
            JsonNode value = item.get("value");
            if (name == null || from == null || value == null || value.isNull()) {
                problems.add(new RuleProblem(path, null, "parameter " + name + " needs name, value and effectiveFrom (YYYY-MM-DD)"));
                continue;
            }
            values.add(new ParameterValue(name, scalar(value), from, item.path("source").asText(null), path));
        }
        return values;
    }

    RuleTexts readTexts(SortedMap<String, String> files) {
        Map<String, LocalizedText> frameworks = new HashMap<>();
        Map<String, LocalizedText> reasons = new HashMap<>();
        Map<String, CheckTexts> checks = new HashMap<>();
        Map<String, LocalizedText> deadlines = new HashMap<>();
        files.forEach((path, content) -> {
            JsonNode root = parse(path, content);
            if (root == null) {
                return;
            }
            fields(root.path("frameworks")).forEach((id, node) ->
                    putOnce(frameworks, id, text(node, path, "framework " + id), path));
            fields(root.path("reasons")).forEach((id, node) ->
                    putOnce(reasons, id, text(node, path, "reason " + id), path));
            fields(root.path("deadlines")).forEach((id, node) ->
                    putOnce(deadlines, id, text(node, path, "deadline " + id), path));
            fields(root.path("checks")).forEach((id, node) -> putOnce(checks, id, new CheckTexts(
                    text(node.get("title"), path, id + " title"),
                    text(node.get("explanation"), path, id + " explanation"),
                    steps(node.get("remediation"), path, id)), path));
        });
        return new RuleTexts(frameworks, reasons, checks, deadlines);
    }

    List<RuleCase> readCases(String path, String content) {
        JsonNode root = parse(path, content);
        List<RuleCase> cases = new ArrayList<>();
        if (root == null) {
            return cases;
        }
        String questionnaire = root.path("questionnaire").asText("core");
        JsonNode base = root.path("base");
        for (JsonNode item : root.path("cases")) {
            String name = item.path("name").asText(null);
            if (name == null) {
                problems.add(new RuleProblem(path, null, "every case needs a name"));
                continue;
            }
            ObjectNode answers = base.isObject() ? base.deepCopy() : YAML.createObjectNode();
            item.path("answers").fields().forEachRemaining(entry -> {
                if (entry.getValue().isNull()) {
                    answers.remove(entry.getKey());
                } else {
                    answers.set(entry.getKey(), entry.getValue());
                }
            });
            LocalDate date = item.has("evaluationDate") ? date(item.get("evaluationDate")) : DEFAULT_CASE_DATE;
            List<RuleCase.Expectation> expectations = new ArrayList<>();
            for (JsonNode expect : item.path("expect")) {
                List<String> pointers = null;
                if (expect.has("triggeredBy")) {
                    pointers = new ArrayList<>();
                    for (JsonNode pointer : expect.get("triggeredBy")) {
                        pointers.add(pointer.asText());
                    }
                }
                expectations.add(new RuleCase.Expectation(expect.path("check").asText(null), expect.path("outcome").asText(null),
                        pointers, expect.path("framework").asText(null),
                        expect.has("applies") ? expect.get("applies").asBoolean() : null));
            }
            if (date == null || expectations.isEmpty()) {
                problems.add(new RuleProblem(path, null, "case '" + name + "' needs expectations and a valid evaluationDate"));
                continue;
            }
            cases.add(new RuleCase(path, name, questionnaire, date, answers, expectations));
        }
        if (cases.isEmpty()) {
            problems.add(new RuleProblem(path, null, "a cases file needs a non-empty 'cases' list"));
        }
        return cases;
    }

    private JsonNode parse(String path, String content) {
        try {
            return YAML.readTree(content);
        } catch (JsonProcessingException e) {
            Integer line = e.getLocation() == null ? null : e.getLocation().getLineNr();
            problems.add(new RuleProblem(path, line, "not valid YAML: " + e.getOriginalMessage()));
        }
        return null;
    }

    private LocalizedText text(JsonNode node, String path, String what) {
        return LocalizedTextReader.read(node, what, true, problem -> problems.add(new RuleProblem(path, null, problem)));
    }

    private Map<Language, List<String>> steps(JsonNode node, String path, String id) {
        Map<Language, List<String>> steps = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            JsonNode list = node == null ? null : node.get(language.code());
            if (list == null || !list.isArray() || list.isEmpty()) {
                problems.add(new RuleProblem(path, null, id + " remediation has no '" + language.code() + "' steps"));
                continue;
            }
            List<String> texts = new ArrayList<>();
            list.forEach(step -> texts.add(step.asText()));
            steps.put(language, texts);
        }
        return steps;
    }

    private <T> void putOnce(Map<String, T> map, String id, T value, String path) {
        if (map.putIfAbsent(id, value) != null) {
            problems.add(new RuleProblem(path, null, "text '" + id + "' is defined twice"));
        }
    }

    private static Map<String, JsonNode> fields(JsonNode node) {
        Map<String, JsonNode> fields = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            fields.put(entry.getKey(), entry.getValue());
        }
        return fields;
    }

    private static LocalDate date(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Object scalar(JsonNode value) {
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        LocalDate date = date(value);
        return date != null ? date : value.asText();
    }
}
