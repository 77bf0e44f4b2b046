package dev.attest.transfer.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.attest.evaluation.EvaluationResult;
import dev.attest.organisation.rest.OrganisationRequest;
import dev.attest.rules.model.RulebaseFiles;

/**
 * A validated import document, ready to store: assessments come in an order where each one's previous assessment
 * comes before it, and only rulebase versions this installation has not archived yet are listed.
 */
record ImportPlan(ImportedOrganisation organisation, List<ImportedAssessment> assessments, List<RulebaseFiles> newRulebases) {

    record ImportedOrganisation(OrganisationRequest fields, Instant createdAt, Instant updatedAt) {
    }

    /** {@code documentId} and {@code previousDocumentId} are the exporting side's ids, for linking only. */
    record ImportedAssessment(String documentId, String previousDocumentId, Instant createdAt, Instant updatedAt,
            LocalDate evaluationDate, String questionnaireId, String questionnaireVersion, String rulebaseVersion,
            String textsVersion, String answers, String result, EvaluationResult parsedResult, List<ImportedStep> steps) {
    }

    record ImportedStep(String checkId, int stepNumber, boolean done, Instant doneAt, Instant updatedAt) {
    }
}
