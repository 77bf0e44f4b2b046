package dev.attest.transfer.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.attest.actionplan.TaskStatus;
import dev.attest.platform.i18n.Language;
import dev.attest.questionnaire.service.QuestionnaireCatalog;
import dev.attest.schedule.Drift;
import dev.attest.transfer.service.ImportPlan.ImportedDraft;
import dev.attest.transfer.service.ImportPlan.ImportedReassessment;
import dev.attest.transfer.service.ImportPlan.ImportedRecords;
import dev.attest.transfer.service.ImportPlan.ImportedTask;

/**
 * Reads the optional sections of an import document (the organisation's remediation tasks, drafts and
 * re-assessments), as strictly as the rest: every bad field is named, and every assessment they name must be one of
 * the document's. A document without them, as exported before they existed, reads as having none.
 */
@ApplicationScoped
class ImportRecordsReader {

    static final Set<String> TRIGGERS = Set.of("schedule", "request");
    /** As long as a task's PATCH allows its texts. */
    static final int TEXT_LENGTH = 10_000;

    @Inject
    ObjectMapper json;

    @Inject
    QuestionnaireCatalog questionnaires;

    /** @param assessmentIds the document ids of the document's assessments */
    ImportedRecords read(JsonNode document, Set<String> assessmentIds, DocumentFields fields) {
        return new ImportedRecords(tasks(document, assessmentIds, fields), drafts(document, assessmentIds, fields),
                reassessments(document, assessmentIds, fields));
    }

    private List<ImportedTask> tasks(JsonNode document, Set<String> ids, DocumentFields fields) {
        List<ImportedTask> tasks = new ArrayList<>();
        JsonNode list = fields.optionalArray(document, "", "tasks");
        Set<String> seen = new HashSet<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            String at = "/tasks/" + i;
            JsonNode node = object(list.get(i), at, fields);
            if (node == null) {
                continue;
            }
            String checkId = fields.text(node, at, "checkId", 128);
            Integer step = fields.integer(node, at, "stepNumber", 1);
            TaskStatus status = status(node, at, fields);
            String owner = optionalString(node, at, "owner", 200, fields);
            LocalDate dueDate = fields.date(node, at, "dueDate", false);
            String riskReason = optionalString(node, at, "riskReason", TEXT_LENGTH, fields);
            String notes = optionalString(node, at, "notes", TEXT_LENGTH, fields);
            String first = reference(node, at, "firstAssessmentId", false, ids, fields);
            String statusAssessment = reference(node, at, "statusAssessmentId", false, ids, fields);
            Instant createdAt = fields.instant(node, at, "createdAt", true);
            Instant updatedAt = fields.instant(node, at, "updatedAt", true);
            Instant closedAt = fields.instant(node, at, "closedAt", false);
            if (status != null && given(node, "riskReason") == (riskReason != null)
                    && (status == TaskStatus.RISK_ACCEPTED) != (riskReason != null)) {
                fields.error(at + "/riskReason", "set exactly when the status is risk_accepted");
            }
            if (status != null && given(node, "closedAt") == (closedAt != null) && status.closed() != (closedAt != null)) {
                fields.error(at + "/closedAt", "set exactly when the status is done or risk_accepted");
            }
            if (checkId != null && step != null && !seen.add(checkId + "#" + step)) {
                fields.error(at, "the same step of the same check is listed twice");
            }
            if (!fields.hasErrors()) {
                tasks.add(new ImportedTask(checkId, step, status.code(), owner, dueDate, riskReason, notes, first,
                        statusAssessment, createdAt, updatedAt, closedAt));
            }
        }
        return tasks;
    }

    private List<ImportedDraft> drafts(JsonNode document, Set<String> ids, DocumentFields fields) {
        List<ImportedDraft> drafts = new ArrayList<>();
        JsonNode list = fields.optionalArray(document, "", "drafts");
        for (int i = 0; list != null && i < list.size(); i++) {
            String at = "/drafts/" + i;
            JsonNode node = object(list.get(i), at, fields);
            if (node == null) {
                continue;
            }
            String questionnaireId = fields.text(node, at, "questionnaireId", 64);
            if (questionnaireId != null && questionnaires.find(questionnaireId).isEmpty()) {
                fields.error(at + "/questionnaireId", "no such questionnaire in this installation");
            }
            String language = fields.text(node, at, "language", 8);
            if (language != null && Language.fromCode(language).filter(known -> known.code().equals(language)).isEmpty()) {
                fields.error(at + "/language", "expected en or ru");
            }
            JsonNode answers = fields.object(node, at, "answers");
            String submitted = reference(node, at, "submittedAssessmentId", false, ids, fields);
            Instant createdAt = fields.instant(node, at, "createdAt", true);
            Instant updatedAt = fields.instant(node, at, "updatedAt", true);
            if (!fields.hasErrors()) {
                drafts.add(new ImportedDraft(questionnaireId, language, write(answers), submitted, createdAt, updatedAt));
            }
        }
        return drafts;
    }

    private List<ImportedReassessment> reassessments(JsonNode document, Set<String> ids, DocumentFields fields) {
        List<ImportedReassessment> reassessments = new ArrayList<>();
        JsonNode list = fields.optionalArray(document, "", "reassessments");
        Set<LocalDate> periods = new HashSet<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            String at = "/reassessments/" + i;
            JsonNode node = object(list.get(i), at, fields);
            if (node == null) {
                continue;
            }
            LocalDate dueOn = fields.date(node, at, "dueOn");
            String trigger = fields.text(node, at, "trigger", 16);
            if (trigger != null && !TRIGGERS.contains(trigger)) {
                fields.error(at + "/trigger", "expected schedule or request");
            }
            String previous = reference(node, at, "previousAssessmentId", true, ids, fields);
            String made = reference(node, at, "assessmentId", true, ids, fields);
            Boolean needsReview = fields.bool(node, at, "needsReview");
            JsonNode drift = fields.object(node, at, "drift");
            if (drift != null) {
                drift(drift, at + "/drift", fields);
            }
            Instant createdAt = fields.instant(node, at, "createdAt", true);
            if (dueOn != null && !periods.add(dueOn)) {
                fields.error(at + "/dueOn", "an earlier re-assessment of this document answers the same due date");
            }
            if (!fields.hasErrors()) {
                reassessments.add(new ImportedReassessment(dueOn, trigger, previous, made, needsReview, write(drift), createdAt));
            }
        }
        return reassessments;
    }

    private static JsonNode object(JsonNode node, String at, DocumentFields fields) {
        if (node == null || !node.isObject()) {
            fields.error(at, "expected a JSON object");
            return null;
        }
        return node;
    }

    /** Whether the field is there at all; a given field that read as null was bad and has its error already. */
    private static boolean given(JsonNode node, String name) {
        return node.hasNonNull(name);
    }

    private static TaskStatus status(JsonNode node, String at, DocumentFields fields) {
        String code = fields.text(node, at, "status", 16);
        if (code == null) {
            return null;
        }
        return TaskStatus.fromCode(code).orElseGet(() -> {
            fields.error(at + "/status", "expected one of " + TaskStatus.codes());
            return null;
        });
    }

    /** Free text that may be empty, as a task's PATCH allows, unlike {@link DocumentFields#optionalText}. */
    private static String optionalString(JsonNode node, String at, String name, int maxLength, DocumentFields fields) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().length() > maxLength) {
            fields.error(at + "/" + name, "expected a string of at most " + maxLength + " characters");
            return null;
        }
        return value.asText();
    }

    /** The document id of one of the document's assessments, or null (with an error) for any other value. */
    private static String reference(JsonNode node, String at, String name, boolean required, Set<String> ids,
            DocumentFields fields) {
        String id = required ? fields.text(node, at, name, 200) : fields.optionalText(node, at, name, 200);
        if (id != null && !ids.contains(id)) {
            fields.error(at + "/" + name, "names no assessment of this document");
            return null;
        }
        return id;
    }

    /** The drift must read as one, as the re-assessment listing shows it. */
    private void drift(JsonNode drift, String at, DocumentFields fields) {
        try {
            json.treeToValue(drift, Drift.class);
        } catch (JsonMappingException e) {
            fields.error(at + ImportDocumentReader.pointer(e), "not a drift: of the wrong type");
        } catch (JsonProcessingException | RuntimeException e) {
            fields.error(at, "not a drift");
        }
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON value could not be written", e);
        }
    }
}
