package dev.attest.questionnaire.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import dev.attest.platform.i18n.LocalizedText;
import dev.attest.platform.i18n.LocalizedTextReader;
import dev.attest.questionnaire.AnswerOption;
import dev.attest.questionnaire.Question;
import dev.attest.questionnaire.QuestionType;
import dev.attest.questionnaire.Questionnaire;
import dev.attest.questionnaire.Section;
import dev.attest.questionnaire.ShowIf;

/**
 * Turns a parsed questionnaire YAML tree into a {@link Questionnaire}, collecting every problem with the
 * file and question it concerns. Unknown keys are problems too: a typo must not silently drop a rule.
 */
final class QuestionnaireParser {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Set<String> ROOT_KEYS = Set.of("id", "title", "sections");
    private static final Set<String> SECTION_KEYS = Set.of("id", "title", "questions");
    private static final Set<String> QUESTION_KEYS = Set.of("id", "type", "required", "dontKnow", "label", "help",
            "verify", "options", "min", "max", "minItems", "maxItems", "showIf", "fields");

    private final String indexFile;
    private final List<String> sectionFiles;
    private final List<QuestionnaireProblem> problems = new ArrayList<>();
    private String file;

    private QuestionnaireParser(String indexFile, List<String> sectionFiles) {
        this.indexFile = indexFile;
        this.sectionFiles = sectionFiles;
        this.file = indexFile;
    }

    /** The questionnaire, or an exception listing every problem found. */
    static Questionnaire parse(String file, String version, JsonNode root) {
        return parse(file, List.of(), version, root);
    }

    /**
     * A questionnaire whose sections may come from files of their own: {@code sectionFiles.get(i)} names the
     * file of section {@code i} (problems name it), or is absent when the section sits in the index file.
     */
    static Questionnaire parse(String file, List<String> sectionFiles, String version, JsonNode root) {
        QuestionnaireParser parser = new QuestionnaireParser(file, sectionFiles);
        Questionnaire questionnaire = parser.readRoot(version, root);
        if (questionnaire != null) {
            new ShowIfChecker(file, questionnaire, parser.problems).check();
        }
        if (!parser.problems.isEmpty()) {
            throw new InvalidQuestionnaireException(parser.problems);
        }
        return questionnaire;
    }

    private Questionnaire readRoot(String version, JsonNode root) {
        if (root == null || !root.isObject()) {
            problem(null, "the file must hold a map with id, title and sections");
            return null;
        }
        unknownKeys(root, ROOT_KEYS, null);
        String id = readId(root, null, "questionnaire id");
        LocalizedText title = LocalizedTextReader.read(root.get("title"), "title", true, p -> problem(null, p));
        List<Section> sections = new ArrayList<>();
        Set<String> questionIds = new HashSet<>();
        JsonNode sectionNodes = root.get("sections");
        if (sectionNodes == null || !sectionNodes.isArray() || sectionNodes.isEmpty()) {
            problem(null, "sections must be a non-empty list");
        } else {
            int index = 0;
            for (JsonNode sectionNode : sectionNodes) {
                file = index < sectionFiles.size() && sectionFiles.get(index) != null ? sectionFiles.get(index) : indexFile;
                sections.add(readSection(sectionNode, questionIds));
                index++;
            }
            file = indexFile;
        }
        return Questionnaire.of(id, version, title, sections);
    }

    private Section readSection(JsonNode node, Set<String> questionIds) {
        String id = readId(node, null, "section id");
        String where = "section " + id;
        unknownKeys(node, SECTION_KEYS, where);
        LocalizedText title = LocalizedTextReader.read(node.get("title"), where + " title", true, p -> problem(null, p));
        List<Question> questions = new ArrayList<>();
        JsonNode questionNodes = node.get("questions");
        if (questionNodes == null || !questionNodes.isArray() || questionNodes.isEmpty()) {
            problem(null, where + ": questions must be a non-empty list");
        } else {
            for (JsonNode questionNode : questionNodes) {
                Question question = readQuestion(questionNode, null);
                if (question != null && !questionIds.add(question.id())) {
                    problem(question.id(), "the id is used twice");
                }
                questions.add(question);
            }
        }
        return new Section(id, title, questions.stream().filter(q -> q != null).toList());
    }

    private Question readQuestion(JsonNode node, String group) {
        String id = readId(node, group, "question id");
        if (id == null) {
            return null;
        }
        String path = group == null ? id : group + "." + id;
        unknownKeys(node, QUESTION_KEYS, path);
        String typeCode = node.path("type").asText(null);
        QuestionType type = QuestionType.fromCode(typeCode).orElse(null);
        if (type == null) {
            problem(path, "type '" + typeCode + "' is not one of yesno, single, multi, number, date, text, group");
            return null;
        }
        if (type == QuestionType.GROUP && group != null) {
            problem(path, "a repeated group cannot sit inside another group");
        }
        LocalizedText label = LocalizedTextReader.read(node.get("label"), "label", true, p -> problem(path, p));
        LocalizedText help = LocalizedTextReader.read(node.get("help"), "help", false, p -> problem(path, p));
        LocalizedText verify = LocalizedTextReader.read(node.get("verify"), "verify", false, p -> problem(path, p));
        List<AnswerOption> options = readOptions(node.get("options"), type, path);
        List<Question> fields = readFields(node.get("fields"), type, path, id);
        Double min = readNumber(node, "min", type == QuestionType.NUMBER, path);
        Double max = readNumber(node, "max", type == QuestionType.NUMBER, path);
        if (min != null && max != null && min > max) {
            problem(path, "min is greater than max");
        }
        Integer minItems = readCount(node, "minItems", type, path);
        Integer maxItems = readCount(node, "maxItems", type, path);
        if (minItems != null && maxItems != null && minItems > maxItems) {
            problem(path, "minItems is greater than maxItems");
        }
        ShowIf showIf = node.has("showIf") ? new ShowIfReader(p -> problem(path, p)).read(node.get("showIf")) : null;
        return new Question(id, type, readBoolean(node, "required", path), readBoolean(node, "dontKnow", path),
                label, help, verify, options, min, max, minItems, maxItems, showIf, fields);
    }

    private List<AnswerOption> readOptions(JsonNode node, QuestionType type, String path) {
        if (!type.hasOptions()) {
            if (node != null) {
                problem(path, "options are only for single and multi questions");
            }
            return List.of();
        }
        if (node == null || !node.isArray() || node.isEmpty()) {
            problem(path, "a " + type.code() + " question needs a non-empty list of options");
            return List.of();
        }
        List<AnswerOption> options = new ArrayList<>();
        Set<String> values = new HashSet<>();
        for (JsonNode optionNode : node) {
            String value = optionNode.path("value").asText(null);
            if (value == null || value.isBlank()) {
                problem(path, "an option has no value");
                continue;
            }
            if (value.equals(dev.attest.rules.fact.Answer.DONT_KNOW)) {
                problem(path, "option value '" + value + "' is reserved for \"don't know\"");
            }
            if (!values.add(value)) {
                problem(path, "option '" + value + "' is listed twice");
            }
            unknownKeys(optionNode, Set.of("value", "label"), path + " option " + value);
            LocalizedText label = LocalizedTextReader.read(optionNode.get("label"), "option '" + value + "' label",
                    true, p -> problem(path, p));
            options.add(new AnswerOption(value, label));
        }
        return options;
    }

    private List<Question> readFields(JsonNode node, QuestionType type, String path, String groupId) {
        if (type != QuestionType.GROUP) {
            if (node != null) {
                problem(path, "fields are only for repeated groups (type: group)");
            }
            return List.of();
        }
        if (node == null || !node.isArray() || node.isEmpty()) {
            problem(path, "a repeated group needs a non-empty list of fields");
            return List.of();
        }
        List<Question> fields = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode fieldNode : node) {
            Question field = readQuestion(fieldNode, groupId);
            if (field == null) {
                continue;
            }
            if (!ids.add(field.id())) {
                problem(path + "." + field.id(), "the field id is used twice");
            }
            fields.add(field);
        }
        return fields;
    }

    private Double readNumber(JsonNode node, String key, boolean allowed, String path) {
        JsonNode value = node.get(key);
        if (value == null) {
            return null;
        }
        if (!allowed) {
            problem(path, key + " is only for number questions");
            return null;
        }
        if (!value.isNumber()) {
            problem(path, key + " must be a number");
            return null;
        }
        return value.asDouble();
    }

    private Integer readCount(JsonNode node, String key, QuestionType type, String path) {
        JsonNode value = node.get(key);
        if (value == null) {
            return null;
        }
        if (type != QuestionType.GROUP) {
            problem(path, key + " is only for repeated groups");
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
            problem(path, key + " must be a whole number, zero or more");
            return null;
        }
        return value.asInt();
    }

    private boolean readBoolean(JsonNode node, String key, String path) {
        JsonNode value = node.get(key);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            problem(path, key + " must be true or false");
            return false;
        }
        return value.asBoolean();
    }

    private String readId(JsonNode node, String group, String what) {
        String id = node == null ? null : node.path("id").asText(null);
        if (id == null || !ID.matcher(id).matches()) {
            problem(group, what + " '" + id + "' must be lower_snake_case (a-z, 0-9, _), starting with a letter");
            return null;
        }
        return id;
    }

    private void unknownKeys(JsonNode node, Set<String> known, String where) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            String key = it.next().getKey();
            if (!known.contains(key)) {
                problem(where, "unknown key '" + key + "' (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private void problem(String question, String message) {
        problems.add(new QuestionnaireProblem(file, question, message));
    }
}
