package dev.attest.organisation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.attest.assessment.AssessmentStored;
import dev.attest.organisation.Organisation;

/** Moves an organisation's due date whenever one of its assessments is stored, by whatever path. */
@ApplicationScoped
public class ScheduleKeeper {

    void onStored(@Observes AssessmentStored stored) {
        if (stored.organisationId() == null) {
            return;
        }
        Organisation.<Organisation>findByIdOptional(stored.organisationId())
                .ifPresent(organisation -> organisation.assessedOn(stored.evaluationDate()));
    }
}
