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

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.evaluation.EvaluationResult;
import dev.attest.questionnaire.ValidatedAnswers;

/**
 * How one evaluation's cost grows: with the number of answers (the shoe shop with its purposes and vendors repeated
 * to about 50, 150 and 500 answers) and with the number of rules (one pack, two, all of them).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScalingBenchmark {

    static final String BASE = "shoe-shop";

    @Param({"50", "150", "500"})
    public int answers;

    @Param({"gdpr", "gdpr+ccpa", EngineFixture.ALL_PACKS})
    public String packs;

    private EngineFixture fixture;
    private ValidatedAnswers validated;
    private LocalDate date;

    @Setup(Level.Trial)
    public void setUp() {
        fixture = new EngineFixture(packs);
        ObjectNode request = AnswerSets.scaled(BASE, answers, fixture);
        validated = fixture.validate(request.get("answers"));
        date = AnswerSets.evaluationDate(request);
        System.out.printf("%n%s: %d answers (%d purposes, %d vendors), packs %s: %d checks, %d rules%n", BASE,
                validated.answers().size(), request.path("answers").path("purposes").size(),
                request.path("answers").path("vendors").size(), packs, fixture.rulebase().checks().size(),
                EngineBenchmarks.ruleCount(fixture.rulebase()));
    }

    @Benchmark
    public EvaluationResult rules() {
        return fixture.evaluate(validated, date);
    }
}
