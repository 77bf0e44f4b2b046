package dev.attest.transfer.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.attest.evaluation.EvaluationResult;
import dev.attest.transfer.service.ImportPlan.ImportedAssessment;
import dev.attest.transfer.service.ImportPlan.ImportedStep;

/**
 * Reads one assessment of an import document: its fields, its action plan steps, and its stored result, which must
 * read as a result and agree with the assessment's own versions and date. The result is kept as sent.
 */
@ApplicationScoped
class ImportAssessmentReader {

    @Inject
    ObjectMapper json;

    Optional<ImportedAssessment> read(JsonNode node, String at, DocumentFields fields) {
        if (node == null || !node.isObject()) {
            fields.error(at, "expected a JSON object");
            return Optional.empty();
        }
        String id = fields.text(node, at, "id", 200);
        String previous = fields.optionalText(node, at, "previousAssessmentId", 200);
        Instant createdAt = fields.instant(node, at, "createdAt", true);
        Instant updatedAt = fields.instant(node, at, "updatedAt", true);
        LocalDate evaluationDate = fields.date(node, at, "evaluationDate");
        String questionnaireId = fields.text(node, at, "questionnaireId", 64);
        String questionnaireVersion = fields.text(node, at, "questionnaireVersion", 80);
        String rulebaseVersion = fields.text(node, at, "rulebaseVersion", 80);
        String textsVersion = fields.text(node, at, "textsVersion", 80);
        JsonNode answers = fields.object(node, at, "answers");
        JsonNode resultNode = fields.object(node, at, "result");
        List<ImportedStep> steps = steps(node, at, fields);
        EvaluationResult result = resultNode == null ? null : result(resultNode, at + "/result", fields);
        if (result != null) {
            agree(result.questionnaireId(), questionnaireId, at, "questionnaireId", fields);
            agree(result.questionnaireVersion(), questionnaireVersion, at, "questionnaireVersion", fields);
            agree(result.rulebaseVersion(), rulebaseVersion, at, "rulebaseVersion", fields);
            agree(result.textsVersion(), textsVersion, at, "textsVersion", fields);
            agree(result.evaluationDate(), evaluationDate, at, "evaluationDate", fields);
        }
        if (fields.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new ImportedAssessment(id, previous, createdAt, updatedAt, evaluationDate, questionnaireId,
                questionnaireVersion, rulebaseVersion, textsVersion, write(answers), write(resultNode), result, steps));
    }

    private EvaluationResult result(JsonNode node, String at, DocumentFields fields) {
        EvaluationResult result;
        try {
            result = json.treeToValue(node, EvaluationResult.class);
        } catch (JsonMappingException e) {
            fields.error(at + ImportDocumentReader.pointer(e), "not a stored result: missing or of the wrong type");
            return null;
        } catch (JsonProcessingException | RuntimeException e) {
            fields.error(at, "not a stored result");
            return null;
        }
        if (result.scores() == null || result.scores().band() == null) {
            fields.error(at + "/scores", "required: the scores and band the assessment was given");
            return null;
        }
        return result;
    }

    private static void agree(Object inResult, Object inAssessment, String at, String name, DocumentFields fields) {
        if (inAssessment != null && !Objects.equals(String.valueOf(inResult), String.valueOf(inAssessment))) {
            fields.error(at + "/result/" + name, "differs from " + at + "/" + name);
        }
    }

    private static List<ImportedStep> steps(JsonNode node, String at, DocumentFields fields) {
        JsonNode list = fields.array(node, at, "actionPlanSteps");
        List<ImportedStep> steps = new ArrayList<>();
        if (list == null) {
            return steps;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String stepAt = at + "/actionPlanSteps/" + i;
            JsonNode step = list.get(i);
            if (!step.isObject()) {
                fields.error(stepAt, "expected a JSON object");
                continue;
            }
            String checkId = fields.text(step, stepAt, "checkId", 128);
            Integer number = fields.integer(step, stepAt, "stepNumber", 1);
            Boolean done = fields.bool(step, stepAt, "done");
            Instant doneAt = fields.instant(step, stepAt, "doneAt", false);
            Instant updatedAt = fields.instant(step, stepAt, "updatedAt", true);
            if (checkId == null || number == null || done == null || updatedAt == null) {
                continue;
            }
            if (!seen.add(checkId + "#" + number)) {
                fields.error(stepAt, "the same step of the same check is listed twice");
                continue;
            }
            steps.add(new ImportedStep(checkId, number, done, doneAt, updatedAt));
        }
        return steps;
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON value could not be written", e);
        }
    }
}
