package dev.attest.transfer.service;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import dev.attest.actionplan.ActionPlanStep;
import dev.attest.assessment.Assessment;
import dev.attest.organisation.Organisation;
import dev.attest.organisation.mapping.OrganisationMapper;
import dev.attest.rules.model.FrameworkApplicability;
import dev.attest.rules.service.RulebaseArchive;
import dev.attest.transfer.service.ImportPlan.ImportedAssessment;
import dev.attest.transfer.service.ImportPlan.ImportedStep;
import dev.attest.workspace.CurrentWorkspace;

/**
 * Stores an exported organisation in the current workspace, in one transaction: new ids for the organisation, its
 * assessments and their steps, its tasks, drafts and re-assessments, links remapped, timestamps and content as
 * exported; its last assessment and next due dates worked out from the assessments. Results are not evaluated again:
 * they are evidence and come back verbatim. Rulebase versions this installation lacks are archived with them.
 */
@ApplicationScoped
public class ImportService {

    @Inject
    ImportDocumentReader reader;

    @Inject
    RulebaseArchive archive;

    @Inject
    OrganisationMapper organisations;

    @Inject
    CurrentWorkspace workspace;

    @Inject
    ImportRecordsWriter records;

    /** The new organisation; a 400 naming every bad field, with nothing stored, when the document is not valid. */
    @Transactional
    public Organisation importDocument(JsonNode document) {
        ImportPlan plan = reader.read(document);
        plan.newRulebases().forEach(archive::archive);
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID().toString();
        organisation.workspaceId = workspace.id();
        organisations.apply(plan.organisation().fields(), organisation);
        organisation.createdAt = plan.organisation().createdAt();
        organisation.updatedAt = plan.organisation().updatedAt();
        organisation.schedulePaused = plan.organisation().schedulePaused();
        organisation.persist();
        Map<String, String> newIds = new HashMap<>();
        for (ImportedAssessment imported : plan.assessments()) {
            Assessment assessment = assessment(imported, organisation.id, newIds);
            newIds.put(imported.documentId(), assessment.id);
            organisation.assessedOn(assessment.evaluationDate);
            for (ImportedStep step : imported.steps()) {
                step(step, assessment.id).persist();
            }
        }
        records.store(plan.records(), organisation.id, newIds);
        return organisation;
    }

    private Assessment assessment(ImportedAssessment imported, String organisationId, Map<String, String> newIds) {
        Assessment assessment = new Assessment();
        assessment.id = UUID.randomUUID().toString();
        assessment.workspaceId = workspace.id();
        assessment.organisationId = organisationId;
        assessment.previousAssessmentId = imported.previousDocumentId() == null ? null : newIds.get(imported.previousDocumentId());
        assessment.questionnaireId = imported.questionnaireId();
        assessment.questionnaireVersion = imported.questionnaireVersion();
        assessment.rulebaseVersion = imported.rulebaseVersion();
        assessment.textsVersion = imported.textsVersion();
        assessment.evaluationDate = imported.evaluationDate();
        assessment.answers = imported.answers();
        assessment.result = imported.result();
        assessment.overallScore = imported.parsedResult().scores().overall();
        assessment.band = imported.parsedResult().scores().band().code();
        assessment.needsReview = imported.parsedResult().needsReview();
        imported.parsedResult().applicability().stream().filter(FrameworkApplicability::applies)
                .forEach(applicability -> assessment.frameworks.add(applicability.framework()));
        assessment.createdAt = imported.createdAt();
        assessment.updatedAt = imported.updatedAt();
        assessment.persist();
        // previous_assessment_id is a plain column to Hibernate, which would not know to insert the linked row first:
        // flushed here, each assessment is in the table before a re-assessment that links to it.
        Assessment.flush();
        return assessment;
    }

    private static ActionPlanStep step(ImportedStep imported, String assessmentId) {
        ActionPlanStep step = new ActionPlanStep();
        step.id = UUID.randomUUID().toString();
        step.assessmentId = assessmentId;
        step.checkId = imported.checkId();
        step.stepNumber = imported.stepNumber();
        step.done = imported.done();
        step.doneAt = imported.doneAt();
        step.updatedAt = imported.updatedAt();
        return step;
    }
}
