package dev.attest.diff.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import dev.attest.diff.AssessmentDiff.ApplicabilityChange;
import dev.attest.diff.AssessmentDiff.FrameworkScoreChange;
import dev.attest.diff.AssessmentDiff.ScoreChange;
import dev.attest.diff.Cause;
import dev.attest.diff.ChangedAnswer;
import dev.attest.diff.FindingChange;
import dev.attest.diff.RulesChange;
import dev.attest.evaluation.EvaluationResult;
import dev.attest.evaluation.FrameworkScore;
import dev.attest.rules.model.AnswerRef;
import dev.attest.rules.model.CheckOutcome;
import dev.attest.rules.model.CheckResult;
import dev.attest.rules.model.FrameworkApplicability;
import dev.attest.rules.model.Severity;

/**
 * The four evaluations behind a diff (see {@link Attribution}) compared check by check and framework by framework.
 * {@code rulesOnly} and {@code answersOnly} are null when no re-run was needed; {@code answersOnly} also when the
 * older rules could not be compiled again.
 *
 * @param inputs for each check id, the questions it reads in either rulebase
 */
record Comparison(
        EvaluationResult older,
        EvaluationResult rulesOnly,
        EvaluationResult answersOnly,
        EvaluationResult newer,
        List<ChangedAnswer> changedAnswers,
        Map<String, Set<String>> inputs) {

    /** New, resolved, unchanged and severity-changed findings, in that order, each most severe first. */
    List<List<FindingChange>> findings() {
        Map<String, CheckResult> before = byCheck(older);
        Map<String, CheckResult> after = byCheck(newer);
        Set<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        List<FindingChange> added = new ArrayList<>();
        List<FindingChange> resolved = new ArrayList<>();
        List<FindingChange> unchanged = new ArrayList<>();
        List<FindingChange> severity = new ArrayList<>();
        for (String id : ids) {
            CheckResult was = before.get(id);
            CheckResult is = after.get(id);
            boolean failedBefore = failed(was);
            boolean failedNow = failed(is);
            if (failedNow && !failedBefore) {
                added.add(finding(id, was, is, cause(id, Comparison::outcome)));
            } else if (failedBefore && !failedNow) {
                resolved.add(finding(id, was, is, cause(id, Comparison::outcome)));
            } else if (failedBefore) {
                unchanged.add(finding(id, was, is, null));
                if (was.severity() != is.severity()) {
                    severity.add(finding(id, was, is, cause(id, Comparison::failingSeverity)));
                }
            }
        }
        return List.of(sorted(added), sorted(resolved), sorted(unchanged), sorted(severity));
    }

    List<ApplicabilityChange> applicability() {
        Map<String, FrameworkApplicability> before = byFramework(older);
        Map<String, FrameworkApplicability> after = byFramework(newer);
        Set<String> frameworks = new LinkedHashSet<>(after.keySet());
        frameworks.addAll(before.keySet());
        List<ApplicabilityChange> changes = new ArrayList<>();
        for (String framework : frameworks) {
            boolean was = applies(before.get(framework));
            boolean is = applies(after.get(framework));
            if (was != is) {
                Attribution.Rerun<Boolean> rules = rulesOnly == null ? null
                        : new Attribution.Rerun<>(applies(byFramework(rulesOnly).get(framework)));
                Attribution.Rerun<Boolean> answers = answersOnly == null ? null
                        : new Attribution.Rerun<>(applies(byFramework(answersOnly).get(framework)));
                changes.add(new ApplicabilityChange(framework, was, is, rules == null ? null : rules.value(),
                        Attribution.of(was, rules, answers, is),
                        AnswerChanges.relevant(changedAnswers, Set.of(), reasonPointers(framework))));
            }
        }
        return changes;
    }

    ScoreChange overall() {
        return ScoreChange.of(older.scores().overall(), older.scores().band().code(), newer.scores().overall(),
                newer.scores().band().code());
    }

    List<FrameworkScoreChange> frameworkScores() {
        Map<String, FrameworkScore> before = new LinkedHashMap<>();
        older.scores().frameworks().forEach(score -> before.put(score.framework(), score));
        Map<String, FrameworkScore> after = new LinkedHashMap<>();
        newer.scores().frameworks().forEach(score -> after.put(score.framework(), score));
        Set<String> frameworks = new LinkedHashSet<>(after.keySet());
        frameworks.addAll(before.keySet());
        return frameworks.stream().map(framework -> {
            FrameworkScore was = before.get(framework);
            FrameworkScore is = after.get(framework);
            return new FrameworkScoreChange(framework, was == null ? null : was.status(), is == null ? null : is.status(),
                    ScoreChange.of(was == null ? null : was.score(), band(was), is == null ? null : is.score(), band(is)));
        }).toList();
    }

    private <T> Cause cause(String id, Function<CheckResult, T> value) {
        Attribution.Rerun<T> rules = rulesOnly == null ? null : new Attribution.Rerun<>(value.apply(byCheck(rulesOnly).get(id)));
        Attribution.Rerun<T> answers = answersOnly == null ? null
                : new Attribution.Rerun<>(value.apply(byCheck(answersOnly).get(id)));
        return Attribution.of(value.apply(byCheck(older).get(id)), rules, answers, value.apply(byCheck(newer).get(id)));
    }

    private FindingChange finding(String id, CheckResult was, CheckResult is, Cause cause) {
        CheckResult rerun = rulesOnly == null ? null : byCheck(rulesOnly).get(id);
        String framework = is != null ? is.framework() : was.framework();
        Set<String> pointers = new LinkedHashSet<>();
        for (CheckResult result : new CheckResult[] {was, is, rerun}) {
            if (result != null) {
                result.triggeredBy().forEach(ref -> pointers.add(ref.pointer()));
                result.openAnswers().forEach(ref -> pointers.add(ref.pointer()));
            }
        }
        if (applies(byFramework(older).get(framework)) != applies(byFramework(newer).get(framework))) {
            pointers.addAll(reasonPointers(framework));
        }
        boolean rulesInvolved = cause == Cause.RULES_CHANGED || cause == Cause.BOTH;
        return new FindingChange(id, framework, outcome(was), was == null ? null : was.severity(), outcome(is),
                is == null ? null : is.severity(), rulesOnly == null ? null : outcome(rerun), cause,
                AnswerChanges.relevant(changedAnswers, inputs.getOrDefault(id, Set.of()), pointers),
                rulesInvolved ? new RulesChange(older.rulebaseVersion(), older.evaluationDate(), newer.rulebaseVersion(),
                        newer.evaluationDate()) : null);
    }

    private Set<String> reasonPointers(String framework) {
        Set<String> pointers = new LinkedHashSet<>();
        for (EvaluationResult result : new EvaluationResult[] {older, newer}) {
            FrameworkApplicability applicability = byFramework(result).get(framework);
            if (applicability != null) {
                applicability.reasons().forEach(reason -> reason.triggeredBy().stream().map(AnswerRef::pointer)
                        .forEach(pointers::add));
            }
        }
        return pointers;
    }

    private static List<FindingChange> sorted(List<FindingChange> findings) {
        Function<FindingChange, Severity> severity = change -> change.newerSeverity() != null ? change.newerSeverity()
                : change.olderSeverity();
        return findings.stream()
                .sorted(Comparator.comparing((FindingChange change) -> severity.apply(change).ordinal())
                        .thenComparing(FindingChange::check))
                .toList();
    }

    private static Map<String, CheckResult> byCheck(EvaluationResult result) {
        Map<String, CheckResult> checks = new LinkedHashMap<>();
        result.checks().forEach(check -> checks.put(check.check(), check));
        return checks;
    }

    private static Map<String, FrameworkApplicability> byFramework(EvaluationResult result) {
        Map<String, FrameworkApplicability> frameworks = new LinkedHashMap<>();
        result.applicability().forEach(framework -> frameworks.put(framework.framework(), framework));
        return frameworks;
    }

    /** A check a rulebase does not have is not applicable to the business. */
    private static CheckOutcome outcome(CheckResult check) {
        return check == null ? CheckOutcome.NOT_APPLICABLE : check.outcome();
    }

    private static Severity failingSeverity(CheckResult check) {
        return failed(check) ? check.severity() : null;
    }

    private static boolean failed(CheckResult check) {
        return check != null && check.outcome() == CheckOutcome.FAILED;
    }

    private static boolean applies(FrameworkApplicability framework) {
        return framework != null && framework.applies();
    }

    private static String band(FrameworkScore score) {
        return score == null || score.band() == null ? null : score.band().code();
    }
}
