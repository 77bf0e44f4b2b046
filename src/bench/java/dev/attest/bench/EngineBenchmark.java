package dev.attest.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.evaluation.EvaluationResult;
import dev.attest.questionnaire.ValidatedAnswers;

/**
 * One evaluation of each example business with the full rulebase: {@code rules} is the engine's share (the rules over
 * validated answers, then the scores), {@code validateAndRules} adds checking the answers against the questionnaire,
 * which every request does first. JSON and HTTP are left to the load script. {@link EngineBenchmarks} runs it with
 * every file of {@code examples/} as the {@code example} parameter.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EngineBenchmark {

    @Param("shoe-shop")
    public String example;

    private EngineFixture fixture;
    private JsonNode answers;
    private ValidatedAnswers validated;
    private LocalDate date;

    @Setup(Level.Trial)
    public void setUp() {
        fixture = new EngineFixture(EngineFixture.ALL_PACKS);
        ObjectNode request = AnswerSets.example(example);
        answers = request.get("answers");
        validated = fixture.validate(answers);
        date = AnswerSets.evaluationDate(request);
    }

    @Benchmark
    public EvaluationResult rules() {
        return fixture.evaluate(validated, date);
    }

    @Benchmark
    public EvaluationResult validateAndRules() {
        return fixture.evaluate(fixture.validate(answers), date);
    }
}
