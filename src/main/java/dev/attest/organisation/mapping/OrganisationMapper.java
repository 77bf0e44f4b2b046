package dev.attest.organisation.mapping;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.attest.organisation.Organisation;
import dev.attest.organisation.rest.OrganisationRequest;
import dev.attest.organisation.rest.OrganisationRequest.ContactRequest;
import dev.attest.organisation.rest.OrganisationView;
import dev.attest.organisation.rest.ScheduleView;

/** Between the organisation entity, its request and its view; contacts travel as JSON text in the entity. */
@ApplicationScoped
public class OrganisationMapper {

    /** Used when a request leaves the cadence out. */
    public static final int DEFAULT_REASSESSMENT_MONTHS = 12;

    private static final TypeReference<List<ContactRequest>> CONTACTS = new TypeReference<>() {
    };

    /** How close a due date is before the schedule calls it due soon; the first reminder goes out then. */
    public static final int DUE_SOON_DAYS = 30;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** Copies a validated request onto the entity, trimmed and with defaults for what was left out. */
    public void apply(OrganisationRequest request, Organisation organisation) {
        organisation.name = request.name().trim();
        organisation.country = request.country();
        organisation.sector = request.sector() == null || request.sector().isBlank() ? null : request.sector().trim();
        organisation.reassessmentMonths = request.reassessmentMonths() == null
                ? DEFAULT_REASSESSMENT_MONTHS : request.reassessmentMonths();
        List<ContactRequest> contacts = request.contacts() == null ? List.of() : request.contacts().stream()
                .map(contact -> new ContactRequest(contact.name().trim(), contact.email().trim(),
                        contact.role() == null || contact.role().isBlank() ? null : contact.role().trim()))
                .toList();
        organisation.contacts = write(contacts);
    }

    public OrganisationView view(Organisation organisation) {
        return new OrganisationView(organisation.id, organisation.name, organisation.country, organisation.sector,
                organisation.reassessmentMonths, read(organisation.contacts), schedule(organisation), organisation.createdAt,
                organisation.updatedAt);
    }

    public ScheduleView schedule(Organisation organisation) {
        return new ScheduleView(organisation.lastAssessedOn, organisation.nextDueOn, organisation.schedulePaused,
                status(organisation, LocalDate.now(clock)));
    }

    private static String status(Organisation organisation, LocalDate today) {
        if (organisation.nextDueOn == null) {
            return "not-assessed";
        }
        if (organisation.schedulePaused) {
            return "paused";
        }
        if (!organisation.nextDueOn.isAfter(today)) {
            return "due";
        }
        return organisation.nextDueOn.isAfter(today.plusDays(DUE_SOON_DAYS)) ? "scheduled" : "due-soon";
    }

    private List<ContactRequest> read(String contacts) {
        try {
            return json.readValue(contacts, CONTACTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored contacts could not be read", e);
        }
    }

    private String write(List<ContactRequest> contacts) {
        try {
            return json.writeValueAsString(contacts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Contacts could not be written as JSON", e);
        }
    }
}
