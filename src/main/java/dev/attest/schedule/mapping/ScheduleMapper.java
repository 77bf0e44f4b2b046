package dev.attest.schedule.mapping;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.attest.organisation.Organisation;
import dev.attest.schedule.Drift;
import dev.attest.schedule.ScheduledReassessment;
import dev.attest.schedule.rest.DueOrganisationView;
import dev.attest.schedule.rest.ReassessmentView;

/** From the schedule's entities to what the API shows. */
@ApplicationScoped
public class ScheduleMapper {

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    public DueOrganisationView due(Organisation organisation) {
        long daysLeft = ChronoUnit.DAYS.between(LocalDate.now(clock), organisation.nextDueOn);
        String status = daysLeft < 0 ? "overdue" : daysLeft == 0 ? "due-today" : "due-soon";
        return new DueOrganisationView(organisation.id, organisation.name, organisation.lastAssessedOn,
                organisation.nextDueOn, daysLeft, status);
    }

    public ReassessmentView view(ScheduledReassessment reassessment) {
        return new ReassessmentView(reassessment.id, reassessment.organisationId, reassessment.dueOn,
                reassessment.trigger, reassessment.previousAssessmentId, reassessment.assessmentId,
                reassessment.needsReview, drift(reassessment), reassessment.createdAt);
    }

    private Drift drift(ScheduledReassessment reassessment) {
        try {
            return json.readValue(reassessment.drift, Drift.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The drift of re-assessment " + reassessment.id + " could not be read", e);
        }
    }
}
