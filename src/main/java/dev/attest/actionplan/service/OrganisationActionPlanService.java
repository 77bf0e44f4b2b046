package dev.attest.actionplan.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import dev.attest.actionplan.OrganisationActionPlan;
import dev.attest.actionplan.OrganisationActionPlan.Task;
import dev.attest.actionplan.RemediationTask;
import dev.attest.actionplan.StepKey;
import dev.attest.actionplan.TaskPatch;
import dev.attest.actionplan.TaskStatus;
import dev.attest.actionplan.mapping.TaskMapper;
import dev.attest.actionplan.mapping.TaskMapper.Position;
import dev.attest.assessment.StoredAssessment;
import dev.attest.assessment.service.AssessmentService;
import dev.attest.evaluation.mapping.ResultRenderer;
import dev.attest.evaluation.rest.EvaluationView.FindingView;
import dev.attest.organisation.Organisation;
import dev.attest.platform.i18n.Language;
import dev.attest.platform.persistence.FirstInsertRace;
import dev.attest.platform.problem.FieldError;
import dev.attest.platform.problem.InvalidRequestException;
import dev.attest.platform.problem.ResourceNotFoundException;
import dev.attest.workspace.CurrentWorkspace;

/**
 * An organisation's action plan as tasks. The plan is built from the organisation's latest assessment (by evaluation
 * date, then storage time): one task per remediation step of each failed finding. A task is identified by
 * (organisation, check, step), so a finding that persists into the next assessment keeps its task. Rows are created
 * lazily, on a task's first change; a step nobody has touched is an open task with no owner.
 */
@ApplicationScoped
public class OrganisationActionPlanService {

    @Inject
    AssessmentService assessments;

    @Inject
    ResultRenderer renderer;

    @Inject
    TaskMapper mapper;

    @Inject
    TaskPatchReader reader;

    @Inject
    CurrentWorkspace workspace;

    @Inject
    Clock clock;

    /** Empty when the workspace has no such organisation. */
    @Transactional
    public Optional<OrganisationActionPlan> plan(String organisationId, TaskFilter filter, Language language) {
        if (Organisation.findInWorkspace(workspace.id(), organisationId).isEmpty()) {
            return Optional.empty();
        }
        FindingHistory history = new FindingHistory(assessments.ofOrganisation(organisationId));
        Map<StepKey, RemediationTask> rows = new LinkedHashMap<>();
        RemediationTask.ofOrganisation(workspace.id(), organisationId)
                .forEach(row -> rows.put(new StepKey(row.checkId, row.stepNumber), row));
        Renderings renderings = new Renderings(language);
        List<Task> tasks = new ArrayList<>();
        Optional<StoredAssessment> latest = history.latest();
        if (latest.isPresent()) {
            for (FindingView finding : renderings.findings(latest.get())) {
                for (int number = 1; number <= finding.remediation().size(); number++) {
                    RemediationTask row = rows.remove(new StepKey(finding.ruleId(), number));
                    tasks.add(mapper.task(finding.ruleId(), number, finding, row, current(history, finding.ruleId(), row)));
                }
            }
        }
        List<Task> resolved = rows.values().stream().map(row -> resolved(history, row, renderings)).toList();
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (TaskStatus status : TaskStatus.values()) {
            byStatus.put(status.code(), (int) tasks.stream().filter(task -> task.status().equals(status.code())).count());
        }
        return Optional.of(new OrganisationActionPlan(organisationId, latest.map(StoredAssessment::id).orElse(null),
                latest.map(assessment -> assessment.result().evaluationDate()).orElse(null), tasks.size(), byStatus,
                tasks.stream().filter(filter::matches).toList(), resolved.stream().filter(filter::matches).toList()));
    }

    /**
     * Changes the fields of one task that {@code body} sends; {@code stepNumber} is the path segment as sent. Only a
     * step of the latest assessment's plan can be changed. Returns the task as it now is. A task's first change
     * creates its row, so two first changes at once are settled by {@link FirstInsertRace}.
     */
    public Task update(String organisationId, String checkId, String stepNumber, JsonNode body, Language language) {
        List<FieldError> errors = new ArrayList<>();
        int number = StepNumbers.parse(stepNumber, "stepNumber", errors);
        TaskPatch patch = reader.read(body, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return FirstInsertRace.retryOnce(RemediationTask.UNIQUE_CONSTRAINT,
                () -> update(organisationId, checkId, stepNumber, number, patch, language));
    }

    private Task update(String organisationId, String checkId, String stepNumber, int number, TaskPatch patch,
            Language language) {
        if (Organisation.findInWorkspace(workspace.id(), organisationId).isEmpty()) {
            throw new ResourceNotFoundException("organisation", organisationId);
        }
        FindingHistory history = new FindingHistory(assessments.ofOrganisation(organisationId));
        StoredAssessment latest = history.latest().orElseThrow(() -> new ResourceNotFoundException("finding", checkId,
                "Organisation '" + organisationId + "' has no assessment yet, so its action plan has no tasks"));
        FindingView finding = new Renderings(language).findings(latest).stream()
                .filter(candidate -> candidate.ruleId().equals(checkId)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("finding", checkId, "The latest assessment of organisation '"
                        + organisationId + "' has no finding '" + checkId + "': only its failed checks have tasks"));
        int steps = finding.remediation().size();
        if (number > steps) {
            throw new ResourceNotFoundException("step", stepNumber, "Finding '" + checkId + "' has " + steps
                    + " step(s), numbered from 1; there is no step " + number);
        }
        Optional<RemediationTask> found = RemediationTask.find(workspace.id(), organisationId, checkId, number);
        RemediationTask row = found.orElseGet(() -> newTask(organisationId, checkId, number, history));
        apply(patch, row, latest.id());
        if (found.isEmpty()) {
            row.persistAndFlush();
        }
        return mapper.task(checkId, number, finding, row, current(history, checkId, row));
    }

    private RemediationTask newTask(String organisationId, String checkId, int number, FindingHistory history) {
        RemediationTask row = new RemediationTask();
        row.id = UUID.randomUUID().toString();
        row.workspaceId = workspace.id();
        row.organisationId = organisationId;
        row.checkId = checkId;
        row.stepNumber = number;
        row.status = TaskStatus.OPEN.code();
        row.firstAssessmentId = history.first(checkId).map(StoredAssessment::id).orElse(null);
        row.createdAt = now();
        return row;
    }

    /**
     * A risk is accepted only with a reason, and the reason goes when the status leaves risk_accepted. Setting a
     * status, even the same one again, records it against the latest assessment: re-marking a task done after a
     * new assessment confirms it.
     */
    private void apply(TaskPatch patch, RemediationTask row, String latestAssessmentId) {
        TaskStatus old = row.taskStatus();
        TaskStatus next = patch.status() != null ? patch.status() : old;
        String reason = patch.riskReason() != null ? patch.riskReason().value()
                : next == TaskStatus.RISK_ACCEPTED ? row.riskReason : null;
        if (next == TaskStatus.RISK_ACCEPTED && reason == null) {
            throw new InvalidRequestException(FieldError.body("/riskReason",
                    "required when the status is risk_accepted: why the organisation accepts the risk"));
        }
        if (next != TaskStatus.RISK_ACCEPTED && reason != null) {
            throw new InvalidRequestException(FieldError.body("/riskReason",
                    "only with status risk_accepted; the task's status is " + next.code()));
        }
        Instant now = now();
        if (patch.status() != null) {
            row.statusAssessmentId = latestAssessmentId;
            if (!next.closed()) {
                row.closedAt = null;
            } else if (next != old || row.closedAt == null) {
                row.closedAt = now;
            }
        }
        row.status = next.code();
        row.riskReason = reason;
        if (patch.owner() != null) {
            row.owner = patch.owner().value();
        }
        if (patch.dueDate() != null) {
            row.dueDate = patch.dueDate().value();
        }
        if (patch.notes() != null) {
            row.notes = patch.notes().value();
        }
        row.updatedAt = now;
    }

    /** A task of the latest plan: a done task is flagged when an assessment newer than its marking still fails. */
    private static Position current(FindingHistory history, String checkId, RemediationTask row) {
        String latest = history.latest().map(StoredAssessment::id).orElse(null);
        boolean stillPresent = row != null && row.taskStatus() == TaskStatus.DONE && row.statusAssessmentId != null
                && history.newer(latest, row.statusAssessmentId);
        return new Position(history.first(checkId).map(StoredAssessment::id).orElse(null), latest, stillPresent, null, null);
    }

    /**
     * A task whose step is not in the latest plan: resolved by the first assessment after the last one that had the
     * finding (or by the latest one, when the finding is still there but its remediation no longer has this step).
     */
    private Task resolved(FindingHistory history, RemediationTask row, Renderings renderings) {
        Optional<StoredAssessment> last = history.last(row.checkId);
        Optional<StoredAssessment> by = last.flatMap(assessment -> history.after(assessment.id()))
                .or(() -> last.isPresent() ? history.latest() : Optional.empty());
        FindingView finding = last.flatMap(assessment -> renderings.findings(assessment).stream()
                .filter(candidate -> candidate.ruleId().equals(row.checkId)).findFirst()).orElse(null);
        return mapper.task(row.checkId, row.stepNumber, finding, row, new Position(
                history.first(row.checkId).map(StoredAssessment::id).orElse(null),
                last.map(StoredAssessment::id).orElse(null), false,
                by.map(StoredAssessment::id).orElse(null), by.map(assessment -> assessment.result().evaluationDate()).orElse(null)));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Each assessment's findings rendered once per request, in the reader's language. */
    private final class Renderings {

        private final Language language;
        private final Map<String, List<FindingView>> findings = new HashMap<>();

        Renderings(Language language) {
            this.language = language;
        }

        List<FindingView> findings(StoredAssessment assessment) {
            return findings.computeIfAbsent(assessment.id(), id -> renderer.render(assessment.result(), language).findings());
        }
    }
}
