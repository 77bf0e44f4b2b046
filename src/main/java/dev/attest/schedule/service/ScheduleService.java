package dev.attest.schedule.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import dev.attest.organisation.Organisation;
import dev.attest.platform.paging.PagedList;
import dev.attest.platform.paging.Paging;
import dev.attest.platform.problem.ConflictException;
import dev.attest.platform.problem.ResourceNotFoundException;
import dev.attest.platform.validation.RequestValidator;
import dev.attest.schedule.ScheduledReassessment;
import dev.attest.schedule.rest.ScheduleRequest;
import dev.attest.workspace.CurrentWorkspace;

/** The current workspace's view of the schedule: what is due, what the schedule did, pausing, and "now". */
@ApplicationScoped
public class ScheduleService {

    @Inject
    CurrentWorkspace workspace;

    @Inject
    Reassessor reassessor;

    @Inject
    RequestValidator validator;

    @Inject
    Clock clock;

    /** Organisations due within {@code days} from today, overdue ones included, soonest first; paused ones are left out. */
    @Transactional
    public PagedList<Organisation> due(int days, Paging paging) {
        LocalDate until = LocalDate.now(clock).plusDays(days);
        var query = Organisation.find("workspaceId = ?1 and schedulePaused = false and nextDueOn <= ?2",
                Sort.ascending("nextDueOn", "name", "id"), workspace.id(), until);
        return new PagedList<>(query.page(Page.of(paging.page(), paging.size())).list(), paging.page(), paging.size(),
                query.count());
    }

    /** The organisation's re-assessments made by the schedule or on request, newest first; empty for no such organisation. */
    @Transactional
    public Optional<PagedList<ScheduledReassessment>> reassessments(String organisationId, Paging paging) {
        return Organisation.findInWorkspace(workspace.id(), organisationId).map(organisation -> new PagedList<>(
                ScheduledReassessment.ofOrganisation(workspace.id(), organisation.id, Page.of(paging.page(), paging.size())),
                paging.page(), paging.size(), ScheduledReassessment.countOfOrganisation(workspace.id(), organisation.id)));
    }

    @Transactional
    public Optional<Organisation> organisation(String organisationId) {
        return Organisation.findInWorkspace(workspace.id(), organisationId);
    }

    /** Pauses or resumes the organisation's schedule; empty for no such organisation. */
    @Transactional
    public Optional<Organisation> pause(String organisationId, ScheduleRequest request) {
        Optional<Organisation> found = Organisation.findInWorkspace(workspace.id(), organisationId);
        if (found.isPresent()) {
            validator.validate(request);
            found.get().schedulePaused = request.paused();
        }
        return found;
    }

    /**
     * Re-assesses the organisation's latest answers against today's rules now, recorded like a scheduled
     * re-assessment (for the organisation's current due date, which then moves on).
     */
    public ScheduledReassessment reassessNow(String organisationId) {
        Organisation organisation = Organisation.<Organisation>find("workspaceId = ?1 and id = ?2", workspace.id(), organisationId)
                .firstResultOptional().orElseThrow(() -> new ResourceNotFoundException("organisation", organisationId));
        if (organisation.lastAssessedOn == null) {
            throw new ConflictException("nothing-to-reassess", "Nothing to re-assess",
                    "The organisation has no assessment yet: store one first, then it can be re-assessed.");
        }
        ReassessmentOutcome outcome = reassessor.reassess(organisation.id, null, LocalDate.now(clock), "request");
        return switch (outcome.kind()) {
            case REASSESSED -> outcome.reassessment().orElseThrow();
            case ALREADY_DONE -> throw new ConflictException("reassessment-in-progress", "Re-assessment in progress",
                    "This due period was re-assessed a moment ago by the schedule or another request; list the "
                            + "organisation's re-assessments to see it.");
            // The cause as it is (the rules ran past their bound, the database is away…), for its own problem+json.
            case FAILED -> throw outcome.failure().orElseThrow();
            case NOT_DUE -> throw new IllegalStateException("The re-assessment of organisation " + organisationId
                    + " was not due although it was asked for now");
        };
    }

    /** The runs of the job, newest first. */
    @Transactional
    public List<RunSummary> runs(int limit) {
        return dev.attest.schedule.ReassessmentJobRun.<dev.attest.schedule.ReassessmentJobRun>findAll(Sort.descending("startedAt"))
                .page(Page.ofSize(limit)).list().stream().map(RunSummary::of).toList();
    }
}
