package dev.attest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

import dev.attest.rules.engine.Rulebase;

/**
 * Runs the engine benchmarks and prints one line per case with its p50, p99 and p99.9 in microseconds; also writes
 * them to {@code target/benchmarks/engine-summary.tsv} for {@code bench/run-all.sh} and JMH's own JSON beside it.
 * {@code bench/engine.sh} starts it; {@code quick} as the first argument shortens every measurement (for trying the
 * script, not for figures), {@code profile=<jmh profiler>} adds a profiler (e.g. {@code profile=stack}).
 */
public final class EngineBenchmarks {

    private static final Path OUTPUT = Path.of("target", "benchmarks");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"", Pattern.MULTILINE);

    private EngineBenchmarks() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        boolean quick = List.of(args).contains("quick");
        String profiler = List.of(args).stream().filter(arg -> arg.startsWith("profile=")).map(arg -> arg.substring(8))
                .findFirst().orElse(null);
        Files.createDirectories(OUTPUT);
        List<String> summary = new ArrayList<>();
        List<String> examples = AnswerSets.exampleNames();

        Collection<RunResult> perExample = run(options(quick, profiler, "examples")
                .include(EngineBenchmark.class.getName() + ".rules$")
                .param("example", examples.toArray(String[]::new)));
        Collection<RunResult> withValidation = run(options(quick, profiler, "validation")
                .include(EngineBenchmark.class.getName() + ".validateAndRules$")
                .param("example", ScalingBenchmark.BASE));
        Collection<RunResult> scaling = run(options(quick, profiler, "scaling")
                .include(ScalingBenchmark.class.getName() + ".rules$"));

        List<String> table = new ArrayList<>();
        table.add(String.format(Locale.ROOT, "%-44s %9s %9s %9s %9s", "case", "samples", "p50 µs", "p99 µs", "p99.9 µs"));
        double worstP50 = 0;
        double worstP99 = 0;
        for (RunResult result : perExample) {
            String example = result.getParams().getParam("example");
            Statistics statistics = line(table, "rules, all packs, " + example, result);
            summary.add(tsv("engine.p50." + example, statistics.getPercentile(50)));
            summary.add(tsv("engine.p99." + example, statistics.getPercentile(99)));
            worstP50 = Math.max(worstP50, statistics.getPercentile(50));
            worstP99 = Math.max(worstP99, statistics.getPercentile(99));
        }
        summary.add(tsv("engine.p50.worst-example", worstP50));
        summary.add(tsv("engine.p99.worst-example", worstP99));
        for (RunResult result : withValidation) {
            Statistics statistics = line(table, "validation + rules, all packs, " + ScalingBenchmark.BASE, result);
            summary.add(tsv("engine.validate.p50", statistics.getPercentile(50)));
            summary.add(tsv("engine.validate.p99", statistics.getPercentile(99)));
        }
        for (RunResult result : scaling) {
            String answers = result.getParams().getParam("answers");
            String packs = result.getParams().getParam("packs");
            Statistics statistics = line(table, "rules, " + packs + ", ~" + answers + " answers", result);
            summary.add(tsv("engine.scaling.p50." + packs + "." + answers, statistics.getPercentile(50)));
            summary.add(tsv("engine.scaling.p99." + packs + "." + answers, statistics.getPercentile(99)));
        }
        table.forEach(System.out::println);
        Files.write(OUTPUT.resolve("engine-table.txt"), table);
        Files.write(OUTPUT.resolve("engine-summary.tsv"), summary);
    }

    /** Rules in the rulebase's DRL files, scope and fact rules included. */
    static long ruleCount(Rulebase rulebase) {
        return rulebase.files().logic().entrySet().stream().filter(file -> file.getKey().endsWith(".drl"))
                .mapToLong(file -> RULE.matcher(file.getValue()).results().count()).sum();
    }

    private static ChainedOptionsBuilder options(boolean quick, String profiler, String name) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .forks(1)
                .jvmArgsAppend("-Djava.util.logging.manager=org.jboss.logmanager.LogManager")
                // 12 s of warm-up: with 6 s, C2 had not finished compiling the engine and p50 read 70% higher.
                .warmupIterations(quick ? 1 : 4).warmupTime(TimeValue.seconds(quick ? 1 : 3))
                .measurementIterations(quick ? 2 : 3).measurementTime(TimeValue.seconds(quick ? 1 : 3))
                .resultFormat(ResultFormatType.JSON).result(OUTPUT.resolve("engine-" + name + ".json").toString());
        if (profiler != null) {
            options.addProfiler(profiler);
        }
        return options;
    }

    private static Collection<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
        return new Runner(options.build()).run();
    }

    private static Statistics line(List<String> table, String name, RunResult result) {
        Statistics statistics = result.getPrimaryResult().getStatistics();
        table.add(String.format(Locale.ROOT, "%-44s %9d %9.1f %9.1f %9.1f", name, statistics.getN(),
                statistics.getPercentile(50), statistics.getPercentile(99), statistics.getPercentile(99.9)));
        return statistics;
    }

    private static String tsv(String key, double value) {
        return key + "\t" + String.format(Locale.ROOT, "%.1f", value);
    }
}
