package dev.attest.transfer.service;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.attest.actionplan.ActionPlanStep;
import dev.attest.actionplan.RemediationTask;
import dev.attest.assessment.Assessment;
import dev.attest.draft.Draft;
import dev.attest.organisation.Organisation;
import dev.attest.rules.model.RulebaseFiles;
import dev.attest.rules.service.RulebaseArchive;
import dev.attest.schedule.ScheduledReassessment;
import dev.attest.transfer.OrganisationExport;
import dev.attest.transfer.OrganisationExport.ExportedAssessment;
import dev.attest.transfer.OrganisationExport.ExportedDraft;
import dev.attest.transfer.OrganisationExport.ExportedOrganisation;
import dev.attest.transfer.OrganisationExport.ExportedReassessment;
import dev.attest.transfer.OrganisationExport.ExportedRulebase;
import dev.attest.transfer.OrganisationExport.ExportedStep;
import dev.attest.transfer.OrganisationExport.ExportedTask;
import dev.attest.workspace.CurrentWorkspace;

/**
 * Writes one organisation of the current workspace as one document: its assessments and their rulebases, its tasks,
 * drafts and re-assessments. Nothing of the workspace (its id, its keys) goes into it.
 */
@ApplicationScoped
public class ExportService {

    @Inject
    CurrentWorkspace workspace;

    @Inject
    RulebaseArchive archive;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** The named export; empty when the workspace has no such organisation. */
    @Transactional
    public Optional<NamedExport> export(String organisationId) {
        return Organisation.findInWorkspace(workspace.id(), organisationId).map(this::export);
    }

    private NamedExport export(Organisation organisation) {
        List<Assessment> stored = Assessment.list("workspaceId = ?1 and organisationId = ?2 order by createdAt, id",
                workspace.id(), organisation.id);
        Set<String> ids = new LinkedHashSet<>(stored.stream().map(assessment -> assessment.id).toList());
        Set<String> versions = new LinkedHashSet<>();
        List<ExportedAssessment> assessments = new ArrayList<>();
        for (Assessment assessment : stored) {
            versions.add(assessment.rulebaseVersion);
            List<ExportedStep> steps = ActionPlanStep.ofAssessment(workspace.id(), assessment.id).stream()
                    .sorted((a, b) -> a.checkId.equals(b.checkId) ? Integer.compare(a.stepNumber, b.stepNumber) : a.checkId.compareTo(b.checkId))
                    .map(step -> new ExportedStep(step.checkId, step.stepNumber, step.done, step.doneAt, step.updatedAt))
                    .toList();
            // A link out of the organisation's own assessments could not be followed on the importing side.
            String previous = within(ids, assessment.previousAssessmentId);
            assessments.add(new ExportedAssessment(assessment.id, assessment.createdAt, assessment.updatedAt,
                    assessment.evaluationDate, assessment.questionnaireId, assessment.questionnaireVersion,
                    assessment.rulebaseVersion, assessment.textsVersion, previous, read(assessment.answers),
                    read(assessment.result), steps));
        }
        List<ExportedRulebase> rulebases = versions.stream().map(this::rulebase).toList();
        ExportedOrganisation exported = new ExportedOrganisation(organisation.name, organisation.country,
                organisation.sector, organisation.reassessmentMonths, read(organisation.contacts),
                organisation.schedulePaused, organisation.createdAt, organisation.updatedAt);
        OrganisationExport document = new OrganisationExport(OrganisationExport.FORMAT, OrganisationExport.FORMAT_VERSION,
                clock.instant().truncatedTo(ChronoUnit.MICROS), exported, assessments, tasks(organisation, ids),
                drafts(organisation, ids), reassessments(organisation, ids), rulebases);
        return new NamedExport(ExportFileName.of(organisation.name, clock), document);
    }

    private List<ExportedTask> tasks(Organisation organisation, Set<String> ids) {
        return RemediationTask.ofOrganisation(workspace.id(), organisation.id).stream()
                .map(task -> new ExportedTask(task.checkId, task.stepNumber, task.status, task.owner, task.dueDate,
                        task.riskReason, task.notes, within(ids, task.firstAssessmentId),
                        within(ids, task.statusAssessmentId), task.createdAt, task.updatedAt, task.closedAt))
                .toList();
    }

    /** The organisation's drafts, oldest first; the web form's drafts belong to no organisation and never come here. */
    private List<ExportedDraft> drafts(Organisation organisation, Set<String> ids) {
        List<Draft> drafts = Draft.list("workspaceId = ?1 and organisationId = ?2 order by createdAt, id",
                workspace.id(), organisation.id);
        return drafts.stream()
                .map(draft -> new ExportedDraft(draft.questionnaireId, draft.language, read(draft.answers),
                        within(ids, draft.submittedAssessmentId), draft.createdAt, draft.updatedAt))
                .toList();
    }

    private List<ExportedReassessment> reassessments(Organisation organisation, Set<String> ids) {
        List<ScheduledReassessment> made = ScheduledReassessment.list(
                "workspaceId = ?1 and organisationId = ?2 order by dueOn, createdAt", workspace.id(), organisation.id);
        return made.stream()
                .filter(reassessment -> ids.contains(reassessment.previousAssessmentId) && ids.contains(reassessment.assessmentId))
                .map(reassessment -> new ExportedReassessment(reassessment.dueOn, reassessment.trigger,
                        reassessment.previousAssessmentId, reassessment.assessmentId, reassessment.needsReview,
                        read(reassessment.drift), reassessment.createdAt))
                .toList();
    }

    /** The id when it names one of the organisation's own assessments; a link out of them could not be followed. */
    private static String within(Set<String> ids, String id) {
        return ids.contains(id) ? id : null;
    }

    private ExportedRulebase rulebase(String version) {
        RulebaseFiles files = archive.files(version).orElseThrow(() -> new IllegalStateException(
                "Rulebase " + version + " of a stored assessment is not archived"));
        return new ExportedRulebase(version, files.textsVersion(),
                new ExportedRulebase.Files(files.logic(), files.texts(), files.cases()));
    }

    private JsonNode read(String content) {
        try {
            return json.readTree(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON could not be read", e);
        }
    }

    /** The document and the file name it is downloaded as. */
    public record NamedExport(String fileName, OrganisationExport document) {
    }
}
