package dev.attest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.attest.it.PackagedApp;
import dev.attest.it.ScheduleFixture;
import dev.attest.it.ScheduleFixture.Template;
import dev.attest.support.DueOrganisationSeeder;
import dev.attest.support.PostgresServer;

/**
 * Times one run of the re-assessment job over many due organisations (100,000 unless {@code bench.organisations}
 * says otherwise) on one instance of the PostgreSQL build against a fresh PostgreSQL. Not part of the build (its
 * name matches neither surefire's nor failsafe's patterns); {@code bench/schedule-100k.sh} runs it. It asserts
 * counts only: the time is measured and reported, not judged.
 *
 * <p>Settings: {@code bench.workers} and {@code bench.batch-size} (the job's defaults when not set),
 * {@code bench.thread-dumps} (seconds between {@code jcmd Thread.print} samples of the instance, 0 for none).
 */
class ScheduleBenchmark {

    private static final Path OUTPUT = Path.of("target", "benchmarks");

    @Test
    void shouldReassessEveryDueOrganisationInOneRun() throws Exception {
        int organisations = Integer.getInteger("bench.organisations", 100_000);
        int dumpEvery = Integer.getInteger("bench.thread-dumps", 0);
        Files.createDirectories(OUTPUT);
        try (PostgresServer postgres = PostgresServer.start();
                PackagedApp app = new PackagedApp(PackagedApp.postgresqlJar(), settings(postgres.jdbcUrl()),
                        OUTPUT.resolve("schedule-instance.log")).start().awaitReady(Duration.ofMinutes(3))) {
            DueOrganisationSeeder database = new DueOrganisationSeeder(postgres.jdbcUrl());
            Template template = ScheduleFixture.template(app, "Benchmark");
            long seeding = System.nanoTime();
            database.seed(template.organisationId(), template.assessmentId(), "Benchmark", organisations, ScheduleFixture.TODAY);
            database.update("analyze");
            report("Seeded %,d due organisations in %.1f s", organisations, seconds(System.nanoTime() - seeding));

            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            if (dumpEvery > 0) {
                sampler.scheduleAtFixedRate(() -> threadDump(app.pid()), dumpEvery, dumpEvery, TimeUnit.SECONDS);
            }
            CpuTime.Reading before = CpuTime.read(app.pid(), postgres.dataDir());
            long started = System.nanoTime();
            JsonNode run = ScheduleFixture.run(app);
            double elapsed = seconds(System.nanoTime() - started);
            CpuTime.Reading used = CpuTime.read(app.pid(), postgres.dataDir()).minus(before);
            sampler.shutdownNow();

            report("Run %s", run);
            report("Re-assessed %,d organisations in %.1f s: %.1f organisations/s (workers %s, batch size %s, %d cores)",
                    run.path("reassessed").asInt(), elapsed, run.path("reassessed").asInt() / elapsed,
                    setting("bench.workers"), setting("bench.batch-size"),
                    Runtime.getRuntime().availableProcessors());
            report("CPU during the run: the instance %.1f s, PostgreSQL %.1f s, idle %.1f s (of %d cores x %.1f s)",
                    used.instance(), used.postgres(), used.idle(), Runtime.getRuntime().availableProcessors(), elapsed);
            assertThat(run.path("failed").asInt()).as("failed re-assessments").isZero();
            assertThat(run.path("reassessed").asInt()).as("re-assessed in the run").isEqualTo(organisations);
            assertThat(database.number("select count(*) from scheduled_reassessment")).as("scheduled_reassessment rows")
                    .isEqualTo(organisations);
            assertThat(database.number("select count(*) from organisation where name like 'Benchmark %' and next_due_on <= ?",
                    ScheduleFixture.TODAY)).as("organisations still due").isZero();
            long events = database.number("select count(*) from webhook_delivery where event_type = 'reassessment.completed'");
            long mails = database.number("select count(*) from mail_outbox where kind = 'result'");
            report("Notifications queued: %,d webhook events, %,d result e-mails", events, mails);
            assertThat(events).as("webhook events queued").isEqualTo(organisations);
            assertThat(mails).as("result e-mails queued").isEqualTo(organisations);
        }
    }

    private static Map<String, String> settings(String jdbcUrl) {
        Map<String, String> properties = ScheduleFixture.properties(jdbcUrl, "benchmark");
        copy("bench.workers", "attest.schedule.workers", properties);
        copy("bench.batch-size", "attest.schedule.batch-size", properties);
        return properties;
    }

    /** The value given, or "default" when the job's own default applies. */
    private static String setting(String name) {
        String value = System.getProperty(name, "");
        return value.isBlank() ? "default" : value;
    }

    private static void copy(String from, String to, Map<String, String> properties) {
        String value = System.getProperty(from, "");
        if (!value.isBlank()) {
            properties.put(to, value);
        }
    }

    private static void threadDump(long pid) {
        try {
            Path dump = OUTPUT.resolve("schedule-threads-" + System.currentTimeMillis() + ".txt");
            new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid), "Thread.print")
                    .redirectErrorStream(true).redirectOutput(dump.toFile()).start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            report("No thread dump: %s", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** To the console and to target/benchmarks/schedule-100k.txt, which the script prints at the end. */
    private static void report(String format, Object... arguments) {
        String line = String.format(format, arguments);
        System.out.println("[benchmark] " + line);
        try {
            Files.writeString(OUTPUT.resolve("schedule-100k.txt"), line + System.lineSeparator(),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
