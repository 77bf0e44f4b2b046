package dev.attest.rules.engine;

import java.util.List;
import java.util.stream.Collectors;

import dev.attest.rules.model.RuleProblem;

/** The rule files do not make a usable rulebase; every problem names its file and, when known, line. */
public class RulebaseCompilationException extends RuntimeException {

    private final transient List<RuleProblem> problems;

    public RulebaseCompilationException(List<RuleProblem> problems) {
        super("The rulebase was rejected:\n  " + problems.stream().map(Object::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
