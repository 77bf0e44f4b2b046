package dev.attest.organisation.rest;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an organisation stands in its re-assessment schedule. */
@Schema(name = "Schedule")
public record ScheduleView(
        @Schema(description = "Evaluation date of the latest assessment; absent before the first") LocalDate lastAssessedOn,
        @Schema(description = "When the schedule re-assesses it: the last assessment's date plus the cadence") LocalDate nextDueOn,
        @Schema(description = "A paused schedule neither re-assesses nor reminds") boolean paused,
        @Schema(enumeration = {"not-assessed", "paused", "due", "due-soon", "scheduled"},
                description = "due: on or past its due date; due-soon: within 30 days") String status) {
}
