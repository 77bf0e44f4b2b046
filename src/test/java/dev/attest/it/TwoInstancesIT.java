package dev.attest.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;

import dev.attest.it.ScheduleFixture.Template;
import dev.attest.support.DueOrganisationSeeder;
import dev.attest.support.PostgresServer;

/**
 * Two instances of the PostgreSQL build on one PostgreSQL, as a production deployment runs them: each due
 * organisation is re-assessed exactly once, whether both run the job at the same time or one is killed mid-run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {

    private static final Duration START = Duration.ofSeconds(120);
    private static final int CONCURRENT = 300;
    private static final int CRASHED = 400;

    /** The instances' logs, kept after the build for a look at a failure. */
    private static final Path LOGS = Path.of("target", "two-instances-it");

    private PostgresServer postgres;
    private DueOrganisationSeeder database;
    private PackagedApp one;
    private PackagedApp two;
    private Template template;

    @BeforeAll
    void startTwoInstances() throws Exception {
        Files.createDirectories(LOGS);
        postgres = PostgresServer.start();
        database = new DueOrganisationSeeder(postgres.jdbcUrl());
        one = instance("one", "one.log").start();
        two = instance("two", "two.log").start();
        one.awaitReady(START);
        two.awaitReady(START);
        template = ScheduleFixture.template(one, "Two instances");
    }

    @AfterAll
    void stop() throws Exception {
        try (PostgresServer server = postgres; PackagedApp first = one; PackagedApp second = two) {
            // closed in reverse order: the instances, then the database
        }
    }

    @Test
    void shouldReassessEachDueOrganisationOnceWhenBothInstancesRunAtOnce() throws Exception {
        database.seed(template.organisationId(), template.assessmentId(), "Concurrent", CONCURRENT, ScheduleFixture.TODAY);

        CompletableFuture<JsonNode> first = runAsync(one);
        CompletableFuture<JsonNode> second = runAsync(two);
        List<JsonNode> runs = List.of(first.join(), second.join());

        assertEachReassessedOnce("Concurrent", CONCURRENT);
        assertThat(runs).as("both runs finished without failures: %s", runs)
                .allSatisfy(run -> {
                    assertThat(run.path("status").asText()).isEqualTo("finished");
                    assertThat(run.path("failed").asInt()).isZero();
                });
        assertThat(runs.stream().mapToInt(run -> run.path("reassessed").asInt()).sum())
                .as("re-assessed by instance one and two together: %s", runs).isEqualTo(CONCURRENT);
        assertThat(runs).extracting(run -> run.path("instance").asText()).containsExactlyInAnyOrder("one", "two");
    }

    @Test
    void shouldCompleteARunKilledMidwayWithNoDuplicatesAndNoGaps() throws Exception {
        database.seed(template.organisationId(), template.assessmentId(), "Crashed", CRASHED, ScheduleFixture.TODAY);
        List<String> earlierRuns = database.texts("select id from reassessment_job_run");

        CompletableFuture<JsonNode> killed = runAsync(one);
        awaitSomeReassessed("Crashed");
        one.kill();
        assertThat(killed).as("the killed run never answered").failsWithin(Duration.ofSeconds(30));
        awaitNothingInFlight();
        long doneBeforeTheKill = reassessedCount("Crashed");
        assertThat(doneBeforeTheKill).as("the run was killed midway, not after it had finished").isBetween(1L, CRASHED - 1L);

        one = instance("one", "one-restarted.log").start().awaitReady(START);
        JsonNode rerun = ScheduleFixture.run(one);

        assertEachReassessedOnce("Crashed", CRASHED);
        assertThat(rerun.path("status").asText()).isEqualTo("finished");
        assertThat(rerun.path("failed").asInt()).as("failures in %s", rerun).isZero();
        assertThat(rerun.path("due").asLong()).as("due in the second run: the ones the killed run had not committed")
                .isEqualTo(CRASHED - doneBeforeTheKill);
        assertThat(rerun.path("reassessed").asLong()).isEqualTo(CRASHED - doneBeforeTheKill);
        // The clock is fixed, so every run starts at the same instant: the killed run is the one new id besides the rerun.
        assertThat(database.texts("select status from reassessment_job_run where id <> all(?) and id <> ?",
                earlierRuns.toArray(String[]::new), rerun.path("id").asText()))
                .as("the killed run's record, left as it was cut short").containsExactly("running");
        HttpResponse<String> listed = two.get(ScheduleFixture.RUNS, ScheduleFixture.ADMIN_KEY);
        assertThat(listed.body()).as("the runs listed by the other instance").contains(rerun.path("id").asText());
    }

    /** Every organisation of the batch has one re-assessment record and two assessments: before and after. */
    private void assertEachReassessedOnce(String prefix, int count) {
        assertThat(database.number("select count(*) from organisation where name like ?", prefix + " %"))
                .as("organisations seeded").isEqualTo(count);
        assertThat(database.texts("select o.id || ': ' || count(r.id) from organisation o left join scheduled_reassessment r "
                + "on r.organisation_id = o.id where o.name like ? group by o.id having count(r.id) <> 1", prefix + " %"))
                .as("organisations without exactly one scheduled_reassessment row (id: rows)").isEmpty();
        assertThat(database.texts("select o.id || ': ' || count(a.id) from organisation o left join assessment a "
                + "on a.organisation_id = o.id where o.name like ? group by o.id having count(a.id) <> 2", prefix + " %"))
                .as("organisations without exactly two assessments, the seeded one and its re-assessment (id: assessments)")
                .isEmpty();
        assertThat(database.number("select count(*) from organisation where name like ? and next_due_on <= ?",
                prefix + " %", ScheduleFixture.TODAY)).as("organisations still due").isZero();
    }

    private long reassessedCount(String prefix) {
        return database.number("select count(*) from scheduled_reassessment r join organisation o on o.id = r.organisation_id "
                + "where o.name like ?", prefix + " %");
    }

    private void awaitSomeReassessed(String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (reassessedCount(prefix) < CRASHED / 10) {
            assertThat(System.nanoTime()).as("the run re-assessed nothing within a minute").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /**
     * Waits until PostgreSQL has finished with the killed instance's sessions: each commits what it had sent its
     * commit for, or rolls back, when it notices the client is gone.
     */
    private void awaitNothingInFlight() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (database.number("select count(*) from pg_stat_activity where backend_type = 'client backend' "
                + "and pid <> pg_backend_pid() and state <> 'idle'") > 0) {
            assertThat(System.nanoTime()).as("sessions still working a minute after the kill").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private PackagedApp instance(String name, String log) throws Exception {
        return new PackagedApp(PackagedApp.postgresqlJar(), ScheduleFixture.properties(postgres.jdbcUrl(), name), LOGS.resolve(log));
    }

    private static CompletableFuture<JsonNode> runAsync(PackagedApp app) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return ScheduleFixture.run(app);
            } catch (Exception e) {
                throw new IllegalStateException("The run on " + app.baseUri() + " did not answer", e);
            }
        });
    }
}
