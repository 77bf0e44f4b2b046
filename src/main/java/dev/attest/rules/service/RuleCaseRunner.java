package dev.attest.rules.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.attest.platform.hash.ContentHash;
import dev.attest.questionnaire.InvalidAnswersException;
import dev.attest.questionnaire.Questionnaire;
import dev.attest.questionnaire.ValidatedAnswers;
import dev.attest.questionnaire.ValidationMode;
import dev.attest.questionnaire.service.AnswerValidator;
import dev.attest.questionnaire.service.QuestionnaireCatalog;
import dev.attest.rules.engine.RuleEvaluationException;
import dev.attest.rules.engine.Rulebase;
import dev.attest.rules.model.AnswerRef;
import dev.attest.rules.model.CheckResult;
import dev.attest.rules.model.FrameworkApplicability;
import dev.attest.rules.model.RuleCase;
import dev.attest.rules.model.RuleProblem;
import dev.attest.rules.model.RuleVerdict;

/** Runs the packs' own cases on a rulebase; each failure names the case file, the case and what differed. */
@ApplicationScoped
public class RuleCaseRunner {

    @Inject
    QuestionnaireCatalog questionnaires;

    @Inject
    AnswerValidator validator;

    @Inject
    RuleEvaluator evaluator;

    /**
     * What the cases' outcome depends on besides the rule logic and the build: the case files and the versions of
     * the questionnaires their answers are validated against.
     */
    public String checkedAgainst(Rulebase rulebase) {
        String versions = questionnaires.all().stream().map(questionnaire -> questionnaire.id() + "@" + questionnaire.version())
                .sorted().collect(Collectors.joining(","));
        return "cases " + ContentHash.ofFiles(rulebase.files().cases()) + "; questionnaires " + versions;
    }

    /**
     * Runs every case, but stops at the first whose evaluation cannot finish (a rule threw, or the rules exceeded
     * their bound): such a rulebase would fail users' evaluations too, and the remaining cases would only repeat the
     * failure, each up to the time bound, while the reload waits.
     */
    public List<RuleProblem> run(Rulebase rulebase) {
        List<RuleProblem> failures = new ArrayList<>();
        List<RuleCase> cases = rulebase.cases();
        for (int index = 0; index < cases.size(); index++) {
            RuleCase ruleCase = cases.get(index);
            try {
                failures.addAll(problems(ruleCase, differences(rulebase, ruleCase)));
            } catch (RuleEvaluationException e) {
                failures.addAll(problems(ruleCase, List.of(e.getMessage())));
                int notRun = cases.size() - index - 1;
                if (notRun > 0) {
                    failures.add(new RuleProblem("rules", null, notRun + " further case(s) were not run: an evaluation that "
                            + "cannot finish makes the whole rulebase unusable"));
                }
                break;
            }
        }
        return failures;
    }

    public List<RuleProblem> run(Rulebase rulebase, RuleCase ruleCase) {
        try {
            return problems(ruleCase, differences(rulebase, ruleCase));
        } catch (RuleEvaluationException e) {
            return problems(ruleCase, List.of(e.getMessage()));
        }
    }

    private List<String> differences(Rulebase rulebase, RuleCase ruleCase) {
        List<String> differences = new ArrayList<>();
        Optional<Questionnaire> questionnaire = questionnaires.find(ruleCase.questionnaire());
        if (questionnaire.isEmpty()) {
            differences.add("questionnaire '" + ruleCase.questionnaire() + "' does not exist");
            return differences;
        }
        try {
            ValidatedAnswers answers = validator.validate(questionnaire.get(), ruleCase.answers(), ValidationMode.RULE_CASE);
            RuleVerdict verdict = evaluator.evaluate(rulebase, answers, ruleCase.evaluationDate());
            ruleCase.expectations().forEach(expectation -> compare(expectation, verdict, differences));
        } catch (InvalidAnswersException e) {
            differences.add("its answers are invalid: " + e.errors().stream()
                    .map(error -> error.pointer() + " " + error.reason()).collect(Collectors.joining("; ")));
        }
        return differences;
    }

    private static List<RuleProblem> problems(RuleCase ruleCase, List<String> differences) {
        return differences.stream()
                .map(difference -> new RuleProblem(ruleCase.file(), null, "case '" + ruleCase.name() + "': " + difference))
                .toList();
    }

    private static void compare(RuleCase.Expectation expectation, RuleVerdict verdict, List<String> differences) {
        if (expectation.aboutCheck()) {
            Map<String, CheckResult> byId = verdict.checks().stream()
                    .collect(Collectors.toMap(CheckResult::check, Function.identity()));
            CheckResult result = byId.get(expectation.check());
            if (result == null) {
                differences.add("check " + expectation.check() + " does not exist");
                return;
            }
            if (!result.outcome().code().equals(expectation.outcome())) {
                differences.add("expected " + expectation.check() + " to be " + expectation.outcome() + ", but it is "
                        + result.outcome().code() + describe(result));
                return;
            }
            if (expectation.triggeredBy() != null) {
                List<String> pointers = result.triggeredBy().stream().map(AnswerRef::pointer).sorted().toList();
                List<String> expected = expectation.triggeredBy().stream().sorted().toList();
                if (!pointers.equals(expected)) {
                    differences.add("expected " + expectation.check() + " triggered by " + expected + ", but it was " + pointers);
                }
            }
        } else if (expectation.framework() != null && expectation.applies() != null) {
            boolean applies = verdict.applicability().stream()
                    .filter(framework -> framework.framework().equals(expectation.framework()))
                    .anyMatch(FrameworkApplicability::applies);
            if (applies != expectation.applies()) {
                differences.add("expected " + expectation.framework() + (expectation.applies() ? " to apply" : " not to apply")
                        + ", but it " + (applies ? "does" : "does not"));
            }
        } else {
            differences.add("an expectation names neither a check with an outcome nor a framework with applies");
        }
    }

    private static String describe(CheckResult result) {
        if (!result.triggeredBy().isEmpty()) {
            return " (triggered by " + result.triggeredBy().stream().map(AnswerRef::pointer).toList() + ")";
        }
        if (!result.openAnswers().isEmpty()) {
            return " (open answers " + result.openAnswers().stream().map(AnswerRef::pointer).toList() + ")";
        }
        return "";
    }
}
