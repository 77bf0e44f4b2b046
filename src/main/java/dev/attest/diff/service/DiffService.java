package dev.attest.diff.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.attest.assessment.StoredAssessment;
import dev.attest.assessment.service.AssessmentService;
import dev.attest.diff.AssessmentDiff;
import dev.attest.diff.ChangedAnswer;
import dev.attest.diff.FindingChange;
import dev.attest.evaluation.EvaluationResult;
import dev.attest.platform.problem.FieldError;
import dev.attest.platform.problem.InvalidRequestException;
import dev.attest.platform.problem.ResourceNotFoundException;
import dev.attest.rules.engine.Rulebase;

/**
 * What changed between two assessments of one business, and why: how a consultant explains a moved score.
 *
 * <p>A finding is <b>new</b> when its check fails in the newer assessment and did not in the older one,
 * <b>resolved</b> the other way round, <b>unchanged</b> when it fails in both. Between the two, two things may have
 * changed: the answers, and the rules. "The rules" are the rulebase version <em>together with the evaluation date</em>:
 * a threshold or deadline with an effective date that came into force in between (a parameter) is a rule change just
 * as an edited DRL file is, because the business did nothing to cause it. So is a questionnaire change that sets an
 * older answer aside (answers are re-read as a re-assessment reads them).
 *
 * <p>To tell the two apart, the older answers are re-run under the newer rules on the newer date (R: "last year's
 * business judged by this year's rules"), and the newer answers under the older rules on the older date (A: "this
 * year's business judged by last year's rules"), each rulebase compiled again from the archive by its version. A
 * finding whose status under R equals its older status was not moved by the rules: its cause is
 * {@code ANSWERS_CHANGED}; one whose status under R already equals its newer status was moved by the rules:
 * {@code RULES_CHANGED}. A is the cross-check that keeps interactions honest: a change that needed both (a threshold
 * lowered <em>and</em> the business grew past it) leaves R and A both at the older status, and is {@code BOTH}; so is a
 * change each alone would have made, or one each moved a step (the new rules made a check relevant, the new answers
 * made it fail). {@link Attribution} holds the decision table. Severity changes of unchanged findings, and frameworks
 * that start or stop applying, are attributed the same way.
 *
 * <p>When both assessments were judged by the same rulebase version on the same date, nothing but the answers can
 * differ and nothing is re-run. Per finding the diff lists the changed answers it reads (its {@code @inputs}), names
 * as triggering, or its framework's applicability rests on, and, when the rules are involved, both rulebase versions.
 */
@ApplicationScoped
public class DiffService {

    @Inject
    AssessmentService assessments;

    @Inject
    Reruns reruns;

    private static final int MAX_COMPARED_PAIRS = 64;

    /** By rulebase versions and dates: a scheduled run compares the same pair for every organisation. */
    private final Map<String, RulesBetween> comparedRules = new ConcurrentHashMap<>();

    /**
     * The diff between two stored assessments, the one evaluated for the earlier date taken as the older whichever
     * id comes first (on the same date, the one stored first).
     */
    public AssessmentDiff between(String id, String againstId) {
        if (againstId == null || againstId.isBlank()) {
            throw new InvalidRequestException(new FieldError("query", "against", "required: the id of the assessment to compare with"));
        }
        StoredAssessment one = find(id);
        StoredAssessment other = find(againstId);
        if (!one.result().questionnaireId().equals(other.result().questionnaireId())) {
            throw new InvalidRequestException(new FieldError("query", "against",
                    "answers another questionnaire ('" + other.result().questionnaireId() + "'); only assessments of the same questionnaire compare"));
        }
        if (!java.util.Objects.equals(one.organisationId(), other.organisationId())) {
            // A diff explains how one client's score moved; two clients' assessments do not make one story.
            throw new InvalidRequestException(new FieldError("query", "against",
                    "belongs to another organisation; only assessments of the same organisation compare"));
        }
        return OLDER_FIRST.compare(one, other) <= 0 ? diff(one, other) : diff(other, one);
    }

    private static boolean sameAnswers(StoredAssessment older, StoredAssessment newer) {
        return older.result().questionnaireId().equals(newer.result().questionnaireId())
                && older.result().questionnaireVersion().equals(newer.result().questionnaireVersion())
                && older.answers().equals(newer.answers());
    }

    public AssessmentDiff diff(StoredAssessment older, StoredAssessment newer) {
        EvaluationResult before = older.result();
        EvaluationResult after = newer.result();
        boolean sameRules = before.rulebaseVersion().equals(after.rulebaseVersion())
                && before.evaluationDate().equals(after.evaluationDate());
        Optional<Rulebase> newerRules = reruns.rulebase(after.rulebaseVersion());
        Optional<Rulebase> olderRules = before.rulebaseVersion().equals(after.rulebaseVersion()) ? newerRules
                : reruns.rulebase(before.rulebaseVersion());
        EvaluationResult rulesOnly = null;
        EvaluationResult answersOnly = null;
        if (!sameRules && sameAnswers(older, newer)) {
            // The same answers to the same questionnaire (a scheduled re-assessment): re-running them would only
            // reproduce the two stored results, so those are the re-runs.
            rulesOnly = after;
            answersOnly = before;
        } else if (!sameRules) {
            Rulebase rules = newerRules.orElseThrow(() -> new IllegalStateException(
                    "Rulebase " + after.rulebaseVersion() + " of assessment " + newer.id() + " is not archived"));
            rulesOnly = reruns.run(before.questionnaireId(), older.answers(), rules, after.evaluationDate());
            answersOnly = olderRules.map(old -> reruns.run(after.questionnaireId(), newer.answers(), old, before.evaluationDate()))
                    .orElse(null);
        }
        List<ChangedAnswer> changedAnswers = AnswerChanges.between(older.answers(), newer.answers());
        RulesBetween rules = rulesBetween(olderRules, before.evaluationDate(), newerRules, after.evaluationDate());
        Comparison comparison = new Comparison(before, rulesOnly, answersOnly, after, changedAnswers, rules.inputs());
        List<List<FindingChange>> findings = comparison.findings();
        return new AssessmentDiff(side(older), side(newer), !sameRules, comparison.overall(), comparison.frameworkScores(),
                comparison.applicability(), findings.get(0), findings.get(1), findings.get(2), findings.get(3),
                sameRules ? List.of() : rules.parameters(), rules.changes(), changedAnswers);
    }

    private StoredAssessment find(String id) {
        return assessments.find(id).orElseThrow(() -> new ResourceNotFoundException("assessment", id));
    }

    private static final Comparator<StoredAssessment> OLDER_FIRST = Comparator
            .comparing((StoredAssessment stored) -> stored.result().evaluationDate())
            .thenComparing(StoredAssessment::createdAt)
            .thenComparing(StoredAssessment::id);

    private static AssessmentDiff.Side side(StoredAssessment stored) {
        EvaluationResult result = stored.result();
        return new AssessmentDiff.Side(stored.id(), result.evaluationDate(), result.rulebaseVersion(),
                result.questionnaireId(), result.questionnaireVersion());
    }

    /** The pair's figures, worked out once while both rulebases are at hand. */
    private RulesBetween rulesBetween(Optional<Rulebase> older, LocalDate olderDate, Optional<Rulebase> newer,
            LocalDate newerDate) {
        if (older.isEmpty() || newer.isEmpty()) {
            return RulesBetween.of(older, olderDate, newer, newerDate);
        }
        if (comparedRules.size() > MAX_COMPARED_PAIRS) {
            comparedRules.clear();
        }
        return comparedRules.computeIfAbsent(RulesBetween.key(older.get(), olderDate, newer.get(), newerDate),
                key -> RulesBetween.of(older, olderDate, newer, newerDate));
    }
}
