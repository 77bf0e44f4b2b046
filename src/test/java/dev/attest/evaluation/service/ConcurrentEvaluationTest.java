package dev.attest.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.evaluation.EvaluationResult;
import dev.attest.support.AnswerSets;
import dev.attest.support.Choices;

/** Evaluations of different businesses running at once on one rulebase, without the application. */
class ConcurrentEvaluationTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 28);

    /**
     * Evaluations share the compiled rulebase: one that judges a business must take nothing from those running beside
     * it. Drools' session pool failed this (docs/benchmarks.md, "Engine"), which is why sessions are not reused.
     */
    @Test
    void shouldGiveEachBusinessItsOwnResultWhenEvaluationsOfOthersRunAtTheSameTime() throws Exception {
        StandaloneEvaluation evaluation = StandaloneEvaluation.ofCore();
        AnswerSets answerSets = new AnswerSets(evaluation.questionnaire());
        List<ObjectNode> businesses = new ArrayList<>();
        List<EvaluationResult> alone = new ArrayList<>();
        for (long seed = 1; seed <= 12; seed++) {
            ObjectNode answers = answerSets.valid(Choices.seeded(seed));
            businesses.add(answers);
            alone.add(evaluation.evaluate(answers, DATE));
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<EvaluationResult>> together = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (int i = 0; i < businesses.size(); i++) {
                    ObjectNode answers = businesses.get((i * 5 + round) % businesses.size());
                    together.add(threads.submit(() -> evaluation.evaluate(answers, DATE)));
                }
            }
            for (int i = 0; i < together.size(); i++) {
                int business = (i % businesses.size() * 5 + i / businesses.size()) % businesses.size();
                assertThat(together.get(i).get(60, TimeUnit.SECONDS)).as("business %s, evaluation %s", business, i)
                        .isEqualTo(alone.get(business));
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
