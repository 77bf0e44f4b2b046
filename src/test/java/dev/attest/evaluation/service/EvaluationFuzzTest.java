package dev.attest.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.attest.questionnaire.InvalidAnswersException;
import dev.attest.support.AnswerMutations;
import dev.attest.support.AnswerSets;
import dev.attest.support.Choices;

/**
 * Coverage-guided fuzzing of validation and evaluation with Jazzer, without the application. The test command replays
 * the inputs under {@code src/test/resources/dev/attest/evaluation/service/EvaluationFuzzTestInputs/}; with
 * {@code JAZZER_FUZZ=1} one of these targets is fuzzed (docs/reliability.md). Either way, the only failure allowed
 * is the refusal a client gets as a 400: unreadable bytes or JSON, or {@link InvalidAnswersException}.
 */
class EvaluationFuzzTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 28);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static StandaloneEvaluation evaluation;
    private static AnswerSets answerSets;
    private static AnswerMutations mutations;

    @BeforeAll
    static void compileTheRulebaseOnce() {
        evaluation = StandaloneEvaluation.ofCore();
        answerSets = new AnswerSets(evaluation.questionnaire());
        mutations = new AnswerMutations(evaluation.questionnaire(), 2_000, 2_000);
    }

    /** Generated answer sets, mutated; the fuzzer's input makes every decision, so coverage steers both. */
    @FuzzTest(maxDuration = "5m")
    void fuzzGeneratedAndMutatedAnswers(FuzzedDataProvider data) {
        Choices choices = new FuzzedChoices(data);
        JsonNode answers = choices.percent(70) ? mutations.mutate(answerSets.valid(choices), choices).answers() : answerSets.valid(choices);
        evaluateOrRefuse(answers);
    }

    /** Any bytes as the answers object: what the JSON parser lets through must be evaluated or refused. */
    @FuzzTest(maxDuration = "5m")
    void fuzzAnswerBytes(byte[] body) {
        JsonNode answers;
        try {
            answers = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return; // a 400 naming the place the JSON broke
        } catch (CharConversionException e) {
            return; // bytes that are no text in any encoding the parser reads: a 400 too (found by this target)
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (answers != null && !answers.isMissingNode()) {
            evaluateOrRefuse(answers);
        }
    }

    private static void evaluateOrRefuse(JsonNode answers) {
        try {
            var result = evaluation.evaluate(answers, DATE);
            assertThat(result.checks()).hasSize(evaluation.rulebase().checks().size());
        } catch (InvalidAnswersException e) {
            assertThat(e.errors()).isNotEmpty();
        }
    }

    /** Decisions read from the fuzzer's input. */
    private record FuzzedChoices(FuzzedDataProvider data) implements Choices {
        @Override
        public int below(int bound) {
            return data.consumeInt(0, bound - 1);
        }

        @Override
        public String text(int maxLength) {
            return data.consumeString(maxLength);
        }

        @Override
        public double number() {
            return data.consumeDouble();
        }
    }
}
