package dev.attest.schedule.service;

import java.time.LocalDate;

/** An organisation whose re-assessment is due, and the due date it answers. */
public record DueOrganisation(String id, LocalDate dueOn) {
}
