package dev.attest.transfer.service;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.attest.actionplan.RemediationTask;
import dev.attest.draft.Draft;
import dev.attest.schedule.ScheduledReassessment;
import dev.attest.transfer.service.ImportPlan.ImportedDraft;
import dev.attest.transfer.service.ImportPlan.ImportedReassessment;
import dev.attest.transfer.service.ImportPlan.ImportedRecords;
import dev.attest.transfer.service.ImportPlan.ImportedTask;
import dev.attest.workspace.CurrentWorkspace;

/**
 * Stores the tasks, drafts and re-assessments of an imported organisation, in the import's transaction, with new ids
 * and the assessments they name swapped for the imported ones. Drafts are the organisation's (API) drafts: no resume
 * token, no e-mail.
 */
@ApplicationScoped
class ImportRecordsWriter {

    @Inject
    CurrentWorkspace workspace;

    /** @param newIds the imported assessments' ids by their document ids; every id the records name is among them */
    void store(ImportedRecords records, String organisationId, Map<String, String> newIds) {
        for (ImportedTask imported : records.tasks()) {
            task(imported, organisationId, newIds).persist();
        }
        for (ImportedDraft imported : records.drafts()) {
            draft(imported, organisationId, newIds).persist();
        }
        for (ImportedReassessment imported : records.reassessments()) {
            reassessment(imported, organisationId, newIds).persist();
        }
    }

    private RemediationTask task(ImportedTask imported, String organisationId, Map<String, String> newIds) {
        RemediationTask task = new RemediationTask();
        task.id = UUID.randomUUID().toString();
        task.workspaceId = workspace.id();
        task.organisationId = organisationId;
        task.checkId = imported.checkId();
        task.stepNumber = imported.stepNumber();
        task.status = imported.status();
        task.owner = imported.owner();
        task.dueDate = imported.dueDate();
        task.riskReason = imported.riskReason();
        task.notes = imported.notes();
        task.firstAssessmentId = newId(imported.firstDocumentId(), newIds);
        task.statusAssessmentId = newId(imported.statusDocumentId(), newIds);
        task.createdAt = imported.createdAt();
        task.updatedAt = imported.updatedAt();
        task.closedAt = imported.closedAt();
        return task;
    }

    private Draft draft(ImportedDraft imported, String organisationId, Map<String, String> newIds) {
        Draft draft = new Draft();
        draft.id = UUID.randomUUID().toString();
        draft.workspaceId = workspace.id();
        draft.organisationId = organisationId;
        draft.questionnaireId = imported.questionnaireId();
        draft.language = imported.language();
        draft.answers = imported.answers();
        draft.submittedAssessmentId = newId(imported.submittedDocumentId(), newIds);
        draft.createdAt = imported.createdAt();
        draft.updatedAt = imported.updatedAt();
        return draft;
    }

    private ScheduledReassessment reassessment(ImportedReassessment imported, String organisationId, Map<String, String> newIds) {
        ScheduledReassessment reassessment = new ScheduledReassessment();
        reassessment.id = UUID.randomUUID().toString();
        reassessment.workspaceId = workspace.id();
        reassessment.organisationId = organisationId;
        reassessment.dueOn = imported.dueOn();
        reassessment.trigger = imported.trigger();
        reassessment.previousAssessmentId = newId(imported.previousDocumentId(), newIds);
        reassessment.assessmentId = newId(imported.documentId(), newIds);
        reassessment.needsReview = imported.needsReview();
        reassessment.drift = imported.drift();
        reassessment.createdAt = imported.createdAt();
        return reassessment;
    }

    private static String newId(String documentId, Map<String, String> newIds) {
        return documentId == null ? null : newIds.get(documentId);
    }
}
