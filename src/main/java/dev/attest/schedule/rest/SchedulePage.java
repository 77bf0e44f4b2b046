package dev.attest.schedule.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shapes of the schedule's pages; served as PagedList. */
public final class SchedulePage {

    private SchedulePage() {
    }

    @Schema(name = "DueOrganisationPage", description = "One page of due organisations, soonest first")
    public record Due(List<DueOrganisationView> items, int page, int size, long total) {
    }

    @Schema(name = "ScheduledReassessmentPage", description = "One page of re-assessments, newest first")
    public record Reassessments(List<ReassessmentView> items, int page, int size, long total) {
    }
}
