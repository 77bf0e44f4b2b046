package dev.attest.transfer.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.attest.evaluation.EvaluationResult;
import dev.attest.organisation.rest.OrganisationRequest;
import dev.attest.rules.model.RulebaseFiles;

/**
 * A validated import document, ready to store: assessments come in an order where each one's previous assessment
 * comes before it, and only rulebase versions this installation has not archived yet are listed. Tasks, drafts and
 * re-assessments name assessments by their document ids, each checked to be one of the document's assessments.
 */
record ImportPlan(ImportedOrganisation organisation, List<ImportedAssessment> assessments, ImportedRecords records,
        List<RulebaseFiles> newRulebases) {

    record ImportedOrganisation(OrganisationRequest fields, boolean schedulePaused, Instant createdAt, Instant updatedAt) {
    }

    /** The document's optional sections; empty lists for a document without them. */
    record ImportedRecords(List<ImportedTask> tasks, List<ImportedDraft> drafts, List<ImportedReassessment> reassessments) {
    }

    record ImportedTask(String checkId, int stepNumber, String status, String owner, LocalDate dueDate, String riskReason,
            String notes, String firstDocumentId, String statusDocumentId, Instant createdAt, Instant updatedAt,
            Instant closedAt) {
    }

    /** {@code answers} as sent, as JSON text. */
    record ImportedDraft(String questionnaireId, String language, String answers, String submittedDocumentId,
            Instant createdAt, Instant updatedAt) {
    }

    /** {@code drift} as sent, as JSON text. */
    record ImportedReassessment(LocalDate dueOn, String trigger, String previousDocumentId, String documentId,
            boolean needsReview, String drift, Instant createdAt) {
    }

    /** {@code documentId} and {@code previousDocumentId} are the exporting side's ids, for linking only. */
    record ImportedAssessment(String documentId, String previousDocumentId, Instant createdAt, Instant updatedAt,
            LocalDate evaluationDate, String questionnaireId, String questionnaireVersion, String rulebaseVersion,
            String textsVersion, String answers, String result, EvaluationResult parsedResult, List<ImportedStep> steps) {
    }

    record ImportedStep(String checkId, int stepNumber, boolean done, Instant doneAt, Instant updatedAt) {
    }
}
