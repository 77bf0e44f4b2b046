package dev.attest.evaluation.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.attest.evaluation.Band;
import dev.attest.evaluation.FrameworkScore;
import dev.attest.evaluation.Scores;
import dev.attest.evaluation.config.ScoringConfig;
import dev.attest.rules.model.CheckOutcome;
import dev.attest.rules.model.CheckResult;
import dev.attest.rules.model.FrameworkApplicability;
import dev.attest.rules.model.Severity;

/**
 * Scores as documented in the README: per framework, passed weight over applicable weight (failed and
 * unverified checks count as applicable, not passed); overall, the frameworks' scores weighted by their
 * applicable weight; band red / amber / green from the score and the worst finding.
 */
@ApplicationScoped
public class ScoreCalculator {

    static final int RED_BELOW = 50;
    static final int AMBER_BELOW = 80;

    @Inject
    ScoringConfig weights;

    public Scores score(List<FrameworkApplicability> applicability, List<CheckResult> checks) {
        List<FrameworkScore> frameworks = new ArrayList<>();
        long passedTotal = 0;
        long applicableTotal = 0;
        for (FrameworkApplicability framework : applicability) {
            List<CheckResult> own = checks.stream().filter(check -> check.framework().equals(framework.framework())).toList();
            FrameworkScore score = scoreFramework(framework, own);
            frameworks.add(score);
            if (FrameworkScore.SCORED.equals(score.status())) {
                passedTotal += score.passedWeight();
                applicableTotal += score.applicableWeight();
            }
        }
        if (applicableTotal == 0) {
            return new Scores(null, Band.NOT_ASSESSED, frameworks);
        }
        int overall = percent(passedTotal, applicableTotal);
        return new Scores(overall, band(overall, checks), frameworks);
    }

    private FrameworkScore scoreFramework(FrameworkApplicability framework, List<CheckResult> checks) {
        if (!framework.applies()) {
            return new FrameworkScore(framework.framework(), FrameworkScore.NOT_APPLICABLE, null, null, 0, 0, 0, 0, 0);
        }
        int passedWeight = 0;
        int applicableWeight = 0;
        int passed = 0;
        int failed = 0;
        int unverified = 0;
        for (CheckResult check : checks) {
            if (check.outcome() == CheckOutcome.NOT_APPLICABLE) {
                continue;
            }
            int weight = weight(check.severity());
            applicableWeight += weight;
            switch (check.outcome()) {
                case PASSED -> {
                    passedWeight += weight;
                    passed++;
                }
                case FAILED -> failed++;
                default -> unverified++;
            }
        }
        if (applicableWeight == 0) {
            return new FrameworkScore(framework.framework(), FrameworkScore.NOT_ASSESSED, null, Band.NOT_ASSESSED, 0, 0, 0, 0, 0);
        }
        int score = percent(passedWeight, applicableWeight);
        return new FrameworkScore(framework.framework(), FrameworkScore.SCORED, score, band(score, checks),
                passedWeight, applicableWeight, passed, failed, unverified);
    }

    /** Red on any critical finding or below 50; amber on any high finding or below 80; green otherwise. */
    static Band band(int score, List<CheckResult> checks) {
        boolean critical = checks.stream().anyMatch(check -> isFinding(check, Severity.CRITICAL));
        boolean high = checks.stream().anyMatch(check -> isFinding(check, Severity.HIGH));
        if (critical || score < RED_BELOW) {
            return Band.RED;
        }
        if (high || score < AMBER_BELOW) {
            return Band.AMBER;
        }
        return Band.GREEN;
    }

    private static boolean isFinding(CheckResult check, Severity severity) {
        return check.outcome() == CheckOutcome.FAILED && check.severity() == severity;
    }

    /** Rounded down, so that 100 always means every relevant check passed. */
    private static int percent(long part, long whole) {
        return (int) (part * 100 / whole);
    }

    int weight(Severity severity) {
        return switch (severity) {
            case CRITICAL -> weights.critical();
            case HIGH -> weights.high();
            case MEDIUM -> weights.medium();
            case LOW -> weights.low();
        };
    }
}
