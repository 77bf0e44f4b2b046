package dev.attest.schedule.rest;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Pauses or resumes an organisation's schedule. */
@Schema(name = "ScheduleRequest")
public record ScheduleRequest(
        @Schema(required = true, description = "true pauses re-assessments and reminders; false resumes them")
        @NotNull(message = "required: true or false") Boolean paused) {
}
