package dev.attest.schedule.rest;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation whose re-assessment is due soon or overdue. */
@Schema(name = "DueOrganisation")
public record DueOrganisationView(String id, String name, LocalDate lastAssessedOn, LocalDate nextDueOn,
        @Schema(description = "Days until the due date; 0 today, negative when overdue") long daysLeft,
        @Schema(enumeration = {"overdue", "due-today", "due-soon"}) String status) {
}
