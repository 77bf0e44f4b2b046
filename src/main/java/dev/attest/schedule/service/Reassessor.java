package dev.attest.schedule.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;

import dev.attest.assessment.Rerun;
import dev.attest.assessment.StoredAssessment;
import dev.attest.assessment.service.AssessmentService;
import dev.attest.diff.service.DiffService;
import dev.attest.organisation.Organisation;
import dev.attest.platform.persistence.UniqueViolations;
import dev.attest.schedule.Drift;
import dev.attest.schedule.ScheduledReassessment;
import dev.attest.workspace.CurrentWorkspace;

/**
 * Re-assesses one organisation for one due date, in a transaction of its own: the new assessment, the record of
 * it with its drift, and its notifications commit together or not at all. A second attempt for the same period
 * (another instance, a restarted run) runs into the record's unique constraint and changes nothing.
 */
@ApplicationScoped
public class Reassessor {

    private static final Logger LOG = Logger.getLogger(Reassessor.class);

    @Inject
    AssessmentService assessments;

    @Inject
    DiffService diffs;

    @Inject
    ReassessmentNotices notices;

    @Inject
    CurrentWorkspace workspace;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /**
     * @param dueOn the due date this re-assessment answers; null for a consultant's "now", which answers the
     *        organisation's current due date (or today, before its first)
     */
    public ReassessmentOutcome reassess(String organisationId, LocalDate dueOn, LocalDate evaluationDate, String trigger) {
        ManagedContext request = Arc.container().requestContext();
        boolean activated = !request.isActive();
        if (activated) {
            request.activate();
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> inTransaction(organisationId, dueOn, evaluationDate, trigger));
        } catch (RuntimeException e) {
            if (UniqueViolations.of(e, ScheduledReassessment.ONCE_CONSTRAINT)) {
                return ReassessmentOutcome.of(ReassessmentOutcome.Kind.ALREADY_DONE);
            }
            // Ids only: the answers and the organisation's name stay out of the log.
            LOG.errorf("Re-assessment of organisation %s for %s failed: %s", organisationId, dueOn, e.getClass().getName());
            return ReassessmentOutcome.failed(e);
        } finally {
            if (activated) {
                request.terminate();
            }
        }
    }

    private ReassessmentOutcome inTransaction(String organisationId, LocalDate dueOn, LocalDate evaluationDate,
            String trigger) {
        Optional<Organisation> found = Organisation.findByIdOptional(organisationId);
        if (found.isEmpty()) {
            return ReassessmentOutcome.of(ReassessmentOutcome.Kind.NOT_DUE);
        }
        Organisation organisation = found.get();
        boolean scheduled = dueOn != null;
        if (scheduled && (organisation.schedulePaused || !dueOn.equals(organisation.nextDueOn))) {
            return ReassessmentOutcome.of(ReassessmentOutcome.Kind.NOT_DUE);
        }
        LocalDate period = scheduled ? dueOn : organisation.nextDueOn != null ? organisation.nextDueOn : evaluationDate;
        workspace.actingFor(organisation.workspaceId);
        Optional<Rerun> rerun = assessments.reassessLatest(organisationId, evaluationDate);
        if (rerun.isEmpty()) {
            return ReassessmentOutcome.of(ReassessmentOutcome.Kind.NOT_DUE);
        }
        StoredAssessment previous = rerun.get().previous();
        StoredAssessment next = rerun.get().next();
        ScheduledReassessment record = new ScheduledReassessment();
        record.id = UUID.randomUUID().toString();
        record.workspaceId = organisation.workspaceId;
        record.organisationId = organisationId;
        record.dueOn = period;
        record.trigger = trigger;
        record.previousAssessmentId = previous.id();
        record.assessmentId = next.id();
        record.needsReview = next.result().needsReview();
        Drift drift = Drift.of(diffs.diff(previous, next));
        record.drift = write(drift);
        record.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        record.persist();
        // Written now rather than at commit, so that a second attempt fails here, inside this try.
        ScheduledReassessment.getEntityManager().flush();
        notices.reassessed(organisation, record, next, drift);
        return ReassessmentOutcome.reassessed(record);
    }

    private String write(Drift drift) {
        try {
            return json.writeValueAsString(drift);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A drift could not be written as JSON", e);
        }
    }
}
