package dev.attest.schedule.service;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.attest.schedule.ReassessmentJobRun;

/** One run of the re-assessment job as the admin API shows it. */
@Schema(name = "ReassessmentRun")
public record RunSummary(String id, String instance, LocalDate runDate,
        @Schema(enumeration = {"running", "finished"}, description = "A run left running was cut short; the next run completes it") String status,
        int due, int reassessed, int alreadyDone, int failed,
        @Schema(description = "Reminders sent (30, 7 and 1 days before due dates), one per organisation or self-assessment") int reminders,
        Instant startedAt, Instant finishedAt) {

    public static RunSummary of(ReassessmentJobRun run) {
        return new RunSummary(run.id, run.instance, run.runDate, run.status, run.due, run.reassessed, run.alreadyDone,
                run.failed, run.reminders, run.startedAt, run.finishedAt);
    }
}
