package dev.attest.organisation.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.attest.organisation.rest.OrganisationRequest.ContactRequest;

/** An organisation as the API shows it. */
@Schema(name = "Organisation")
public record OrganisationView(String id, String name, String country, String sector, int reassessmentMonths,
        List<ContactRequest> contacts, ScheduleView schedule, Instant createdAt, Instant updatedAt) {
}
