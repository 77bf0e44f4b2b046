package dev.attest.rules.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.attest.rules.engine.Rulebase;
import dev.attest.rules.engine.RulebaseCompilationException;
import dev.attest.rules.engine.RulebaseCompiler;
import dev.attest.rules.model.ParameterValue;
import dev.attest.rules.model.RuleCase;
import dev.attest.rules.model.RuleProblem;
import dev.attest.rules.model.RuleTexts;
import dev.attest.rules.model.RulebaseFiles;

/** Reads a rules folder (or archived files) and compiles it into a complete {@link Rulebase}. */
@ApplicationScoped
public class RulebaseLoader {

    private final RulebaseCompiler compiler;

    @Inject
    public RulebaseLoader(RulebaseCompiler compiler) {
        this.compiler = compiler;
    }

    public Rulebase load(Path dir) {
        return compile(read(dir));
    }

    /** Compiles files read earlier, e.g. an archived rulebase version. */
    public Rulebase compile(RulebaseFiles files) {
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> frameworks = new TreeSet<>();
        List<ParameterValue> parameters = new ArrayList<>();
        RulePackYaml yaml = new RulePackYaml(problems);
        files.logic().forEach((path, content) -> {
            if (path.endsWith("pack.yaml")) {
                yaml.readFramework(path, content).ifPresent(framework -> {
                    if (!frameworks.add(framework)) {
                        problems.add(new RuleProblem(path, null, "framework " + framework + " is declared by two packs"));
                    }
                });
            } else if (path.endsWith(".params.yaml")) {
                parameters.addAll(yaml.readParameters(path, content));
            }
        });
        RuleTexts texts = yaml.readTexts(files.texts());
        List<RuleCase> cases = new ArrayList<>();
        files.cases().forEach((path, content) -> cases.addAll(yaml.readCases(path, content)));
        if (frameworks.isEmpty()) {
            problems.add(new RuleProblem("rules", null, "no pack.yaml declares a framework"));
        }
        if (!problems.isEmpty()) {
            throw new RulebaseCompilationException(problems);
        }
        return compiler.compile(files, frameworks, parameters, texts, cases);
    }

    /** Every rule file under {@code dir}, by path relative to it with '/' separators. */
    public RulebaseFiles read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RulebaseCompilationException(List.of(new RuleProblem(dir.toString(), null, "the rules folder does not exist")));
        }
        TreeMap<String, String> logic = new TreeMap<>();
        TreeMap<String, String> texts = new TreeMap<>();
        TreeMap<String, String> cases = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String path = dir.relativize(file).toString().replace('\\', '/');
                if (RulebaseFiles.isLogic(path)) {
                    logic.put(path, Files.readString(file, StandardCharsets.UTF_8));
                } else if (RulebaseFiles.isTexts(path)) {
                    texts.put(path, Files.readString(file, StandardCharsets.UTF_8));
                } else if (RulebaseFiles.isCases(path)) {
                    cases.put(path, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rules folder " + dir, e);
        }
        return new RulebaseFiles(logic, texts, cases);
    }
}
