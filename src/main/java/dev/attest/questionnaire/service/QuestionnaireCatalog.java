package dev.attest.questionnaire.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.attest.platform.hash.ContentHash;
import dev.attest.questionnaire.Questionnaire;
import dev.attest.questionnaire.config.QuestionnaireConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;

/**
 * The questionnaires loaded from {@code questionnaires/*.yaml} at start-up. A malformed file stops
 * start-up: answering against a half-read questionnaire would give wrong results.
 */
@Startup
@ApplicationScoped
public class QuestionnaireCatalog {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String INDEX = "questionnaire.yaml";

    @Inject
    QuestionnaireConfig config;

    private Map<String, Questionnaire> byId = Map.of();

    @PostConstruct
    void load() {
        byId = loadFrom(config.dir());
        Log.infof("Loaded %d questionnaire(s) from %s: %s", byId.size(), config.dir(), byId.keySet());
    }

    public Collection<Questionnaire> all() {
        return byId.values();
    }

    public Optional<Questionnaire> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Reads and checks every questionnaire file in a folder. */
    public static Map<String, Questionnaire> loadFrom(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidQuestionnaireException(List.of(
                    new QuestionnaireProblem(dir.toString(), null, "the questionnaire folder does not exist")));
        }
        List<QuestionnaireProblem> problems = new ArrayList<>();
        Map<String, Questionnaire> loaded = new LinkedHashMap<>();
        for (Path file : sources(dir)) {
            try {
                Questionnaire questionnaire = Files.isDirectory(file) ? readFolder(file) : read(file);
                Questionnaire previous = loaded.putIfAbsent(questionnaire.id(), questionnaire);
                if (previous != null) {
                    problems.add(new QuestionnaireProblem(file.toString(), null,
                            "questionnaire id '" + questionnaire.id() + "' is used by another file too"));
                }
            } catch (InvalidQuestionnaireException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidQuestionnaireException(problems);
        }
        return Map.copyOf(loaded);
    }

    private static Questionnaire read(Path file) {
        byte[] content = bytes(file);
        return QuestionnaireParser.parse(file.toString(), ContentHash.of(content), yaml(file, content));
    }

    /**
     * A questionnaire kept as a folder: {@code questionnaire.yaml} holds the id, the title and the sections in
     * order; a section written as a name ({@code - consent}) is read from {@code consent.yaml} beside it. The
     * version hashes every file of the folder.
     */
    private static Questionnaire readFolder(Path folder) {
        Path index = folder.resolve(INDEX);
        byte[] indexContent = bytes(index);
        JsonNode root = yaml(index, indexContent);
        SortedMap<String, String> files = new TreeMap<>();
        files.put(INDEX, new String(indexContent, StandardCharsets.UTF_8));
        List<String> sectionFiles = new ArrayList<>();
        List<QuestionnaireProblem> problems = new ArrayList<>();
        if (root != null && root.path("sections").isArray()) {
            ArrayNode sections = (ArrayNode) root.get("sections");
            for (int i = 0; i < sections.size(); i++) {
                if (!sections.get(i).isTextual()) {
                    sectionFiles.add(null);
                    continue;
                }
                Path sectionFile = folder.resolve(sections.get(i).asText() + ".yaml");
                sectionFiles.add(sectionFile.toString());
                if (!Files.isRegularFile(sectionFile)) {
                    problems.add(new QuestionnaireProblem(index.toString(), null, "section file " + sectionFile.getFileName()
                            + " does not exist"));
                    continue;
                }
                byte[] content = bytes(sectionFile);
                files.put(sectionFile.getFileName().toString(), new String(content, StandardCharsets.UTF_8));
                sections.set(i, yaml(sectionFile, content));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidQuestionnaireException(problems);
        }
        return QuestionnaireParser.parse(index.toString(), sectionFiles, ContentHash.ofFiles(files), root);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read questionnaire " + file, e);
        }
    }

    private static JsonNode yaml(Path file, byte[] content) {
        try {
            return YAML.readTree(content);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new InvalidQuestionnaireException(List.of(new QuestionnaireProblem(file.toString(), null,
                    "not valid YAML" + where + ": " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read questionnaire " + file, e);
        }
    }

    /** Single-file questionnaires ({@code *.yaml}) and questionnaire folders (holding {@code questionnaire.yaml}). */
    private static List<Path> sources(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().matches(".*\\.ya?ml")
                            || Files.isRegularFile(file.resolve(INDEX)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list questionnaires in " + dir, e);
        }
    }
}
