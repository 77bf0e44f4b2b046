package dev.attest.rules.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.attest.questionnaire.UnansweredQuestion;
import dev.attest.questionnaire.ValidatedAnswers;
import dev.attest.rules.engine.EngineOutcome;
import dev.attest.rules.engine.RuleEngine;
import dev.attest.rules.engine.Rulebase;
import dev.attest.rules.fact.Answer;
import dev.attest.rules.fact.ApplicabilityReason;
import dev.attest.rules.fact.Deadline;
import dev.attest.rules.fact.InScope;
import dev.attest.rules.fact.Violation;
import dev.attest.rules.model.AnswerRef;
import dev.attest.rules.model.Check;
import dev.attest.rules.model.CheckOutcome;
import dev.attest.rules.model.CheckResult;
import dev.attest.rules.model.DeadlineSet;
import dev.attest.rules.model.FrameworkApplicability;
import dev.attest.rules.model.RuleVerdict;
import dev.attest.rules.model.Severity;

/**
 * Runs the rules over validated answers and works out every check's outcome: failed (a violation),
 * unverified ("don't know" or missing inputs), passed, or not applicable.
 */
@ApplicationScoped
public class RuleEvaluator {

    private final RuleEngine engine;

    @Inject
    public RuleEvaluator(RuleEngine engine) {
        this.engine = engine;
    }

    public RuleVerdict evaluate(Rulebase rulebase, ValidatedAnswers answers, LocalDate evaluationDate) {
        EngineOutcome outcome = engine.run(rulebase, answers.answers(), evaluationDate);
        Map<String, List<AnswerRef>> open = openAnswersByQuestion(answers);
        Map<String, List<Violation>> violations = new HashMap<>();
        outcome.violations().forEach(v -> violations.computeIfAbsent(v.check(), id -> new ArrayList<>()).add(v));
        Map<String, List<InScope>> scopes = new HashMap<>();
        outcome.scopes().forEach(s -> scopes.computeIfAbsent(s.check(), id -> new ArrayList<>()).add(s));

        List<CheckResult> results = new ArrayList<>();
        for (Check check : rulebase.checks().values()) {
            results.add(resultOf(check, outcome, violations.get(check.id()), scopes.get(check.id()), open));
        }
        return new RuleVerdict(applicability(rulebase, outcome), results, deadlines(outcome));
    }

    private static CheckResult resultOf(Check check, EngineOutcome outcome, List<Violation> violations,
            List<InScope> scopes, Map<String, List<AnswerRef>> open) {
        boolean relevant = outcome.frameworksApplying().contains(check.framework())
                && (!check.hasScopeRules() || scopes != null);
        if (!relevant) {
            return new CheckResult(check.id(), check.framework(), check.citation(), check.verified(), CheckOutcome.NOT_APPLICABLE, check.severity(), List.of(), List.of());
        }
        if (violations != null) {
            Severity severity = check.severity();
            List<Answer> triggers = new ArrayList<>();
            for (Violation violation : violations) {
                Severity raised = violation.raisedSeverity() == null ? null : Severity.fromCode(violation.raisedSeverity())
                        .orElseThrow(() -> new IllegalStateException("Check " + check.id() + " raised its severity to '"
                                + violation.raisedSeverity() + "', which is not a severity"));
                severity = severity.max(raised);
                triggers.addAll(violation.triggeredBy());
            }
            return new CheckResult(check.id(), check.framework(), check.citation(), check.verified(), CheckOutcome.FAILED, severity, refs(triggers), List.of());
        }
        Map<String, AnswerRef> unresolved = new LinkedHashMap<>();
        for (String input : check.inputs()) {
            open.getOrDefault(input, List.of()).forEach(ref -> unresolved.putIfAbsent(ref.pointer(), ref));
        }
        if (scopes != null) {
            scopes.forEach(scope -> scope.triggeredBy().stream().filter(Answer::unknown)
                    .forEach(answer -> unresolved.putIfAbsent(answer.pointer(), ref(answer))));
        }
        CheckOutcome result = unresolved.isEmpty() ? CheckOutcome.PASSED : CheckOutcome.UNVERIFIED;
        return new CheckResult(check.id(), check.framework(), check.citation(), check.verified(), result, check.severity(), List.of(), List.copyOf(unresolved.values()));
    }

    private static List<FrameworkApplicability> applicability(Rulebase rulebase, EngineOutcome outcome) {
        List<FrameworkApplicability> frameworks = new ArrayList<>();
        for (String framework : rulebase.frameworks().stream().sorted().toList()) {
            boolean applies = outcome.frameworksApplying().contains(framework);
            List<FrameworkApplicability.Reason> reasons = outcome.reasons().stream()
                    .filter(reason -> reason.framework().equals(framework) && reason.applies() == applies)
                    .sorted(java.util.Comparator.comparing(ApplicabilityReason::code))
                    .map(reason -> new FrameworkApplicability.Reason(reason.code(), refs(reason.triggeredBy())))
                    .toList();
            frameworks.add(new FrameworkApplicability(framework, applies, reasons));
        }
        return frameworks;
    }

    /** The clocks of applying frameworks by kind, strictest first. */
    private static List<DeadlineSet> deadlines(EngineOutcome outcome) {
        Map<String, List<Deadline>> byKind = new java.util.TreeMap<>();
        outcome.deadlines().stream()
                .filter(deadline -> outcome.frameworksApplying().contains(deadline.framework()))
                .forEach(deadline -> byKind.computeIfAbsent(deadline.kind(), kind -> new ArrayList<>()).add(deadline));
        return byKind.entrySet().stream().map(entry -> new DeadlineSet(entry.getKey(), entry.getValue().stream()
                .sorted(java.util.Comparator.comparingDouble(Deadline::hours).thenComparing(Deadline::framework))
                .map(deadline -> new DeadlineSet.Entry(deadline.framework(), deadline.amount(), deadline.unit(),
                        deadline.citation()))
                .toList())).toList();
    }

    /** "Don't know" answers and visible questions left unanswered, by question id. */
    private static Map<String, List<AnswerRef>> openAnswersByQuestion(ValidatedAnswers answers) {
        Map<String, List<AnswerRef>> open = new HashMap<>();
        for (Answer answer : answers.answers()) {
            if (answer.unknown()) {
                open.computeIfAbsent(answer.question(), q -> new ArrayList<>()).add(ref(answer));
            }
        }
        for (UnansweredQuestion question : answers.unanswered()) {
            open.computeIfAbsent(question.question(), q -> new ArrayList<>())
                    .add(new AnswerRef(question.question(), question.pointer(), null));
        }
        return open;
    }

    private static List<AnswerRef> refs(Collection<Answer> answers) {
        Map<String, AnswerRef> byPointer = new LinkedHashMap<>();
        answers.forEach(answer -> byPointer.putIfAbsent(answer.pointer(), ref(answer)));
        return List.copyOf(byPointer.values());
    }

    static AnswerRef ref(Answer answer) {
        return new AnswerRef(answer.question(), answer.pointer(), answer.unknown() ? RuleVerdict.DONT_KNOW : plain(answer.value()));
    }

    /** Whole numbers as integers and dates as ISO text, so results read as the answers were written. */
    private static Object plain(Object value) {
        if (value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 1e15) {
            return number.longValue();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return value;
    }
}
