package dev.attest.schedule.service;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;

/**
 * The daily trigger. Quartz's clustered JDBC store fires it on one instance at a time; that it re-assesses each
 * due organisation once does not rest on this, but on the database (see {@link Reassessor}).
 */
@ApplicationScoped
public class ReassessmentJob {

    @Inject
    ReassessmentRunner runner;

    @Inject
    Clock clock;

    @Scheduled(identity = "reassessment-job", cron = "${attest.schedule.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void runDaily() {
        LocalDate today = LocalDate.now(clock);
        runner.run(today);
    }
}
