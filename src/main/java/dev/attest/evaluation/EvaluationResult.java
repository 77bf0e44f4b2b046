package dev.attest.evaluation;

import java.time.LocalDate;
import java.util.List;

import dev.attest.questionnaire.IgnoredAnswer;
import dev.attest.rules.model.CheckResult;
import dev.attest.rules.model.DeadlineSet;
import dev.attest.rules.model.FrameworkApplicability;

/**
 * The outcome of one evaluation without any text: check ids, outcomes, the answers behind them and the
 * scores. This is what is stored; texts are rendered in the reader's language when it is read. {@code review}
 * is set only on a re-run whose stored answers no longer all fit the questionnaire.
 */
public record EvaluationResult(
        String questionnaireId,
        String questionnaireVersion,
        String rulebaseVersion,
        String textsVersion,
        LocalDate evaluationDate,
        List<FrameworkApplicability> applicability,
        List<CheckResult> checks,
        Scores scores,
        List<DeadlineSet> deadlines,
        List<IgnoredAnswer> ignoredAnswers,
        Review review) {

    public EvaluationResult {
        applicability = List.copyOf(applicability);
        checks = List.copyOf(checks);
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
        ignoredAnswers = List.copyOf(ignoredAnswers);
    }

    /** A re-run whose stored answers no longer all fit the questionnaire. */
    public boolean needsReview() {
        return review != null;
    }

    public EvaluationResult withReview(Review newReview) {
        return new EvaluationResult(questionnaireId, questionnaireVersion, rulebaseVersion, textsVersion, evaluationDate,
                applicability, checks, scores, deadlines, ignoredAnswers, newReview);
    }
}
