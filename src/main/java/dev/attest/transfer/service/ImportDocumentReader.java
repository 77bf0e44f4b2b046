package dev.attest.transfer.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.organisation.rest.OrganisationRequest;
import dev.attest.platform.problem.FieldError;
import dev.attest.platform.problem.InvalidRequestException;
import dev.attest.platform.validation.RequestValidator;
import dev.attest.rules.model.RulebaseFiles;
import dev.attest.rules.service.RulebaseArchive;
import dev.attest.transfer.OrganisationExport;
import dev.attest.transfer.service.ImportPlan.ImportedAssessment;
import dev.attest.transfer.service.ImportPlan.ImportedOrganisation;
import dev.attest.transfer.service.ImportPlan.ImportedRecords;

/**
 * Checks an import document strictly before anything is stored: its format and version, every field, the links
 * between its assessments (and from its tasks, drafts and re-assessments to them), each stored result, and the
 * hashes of the rulebases it brings. Every problem is named by
 * its JSON Pointer in one 400.
 */
@ApplicationScoped
public class ImportDocumentReader {

    private static final TypeReference<SortedMap<String, String>> FILES = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;

    @Inject
    RequestValidator validator;

    @Inject
    RulebaseArchive archive;

    @Inject
    ImportAssessmentReader assessmentReader;

    @Inject
    ImportRecordsReader recordsReader;

    ImportPlan read(JsonNode document) {
        if (document == null || !document.isObject()) {
            throw new InvalidRequestException(FieldError.body("/", "required: an organisation export document (a JSON object)"));
        }
        DocumentFields fields = new DocumentFields();
        if (!OrganisationExport.FORMAT.equals(document.path("format").asText(null))) {
            fields.error("/format", "expected \"" + OrganisationExport.FORMAT + "\"");
        }
        if (!document.path("formatVersion").isInt() || document.get("formatVersion").asInt() != OrganisationExport.FORMAT_VERSION) {
            fields.error("/formatVersion", "expected " + OrganisationExport.FORMAT_VERSION + ", the only version this installation reads");
        }
        // A document of another format or version is not read any further: its other fields would only add noise.
        fields.throwIfAny();
        ImportedOrganisation organisation = organisation(document, fields);
        Map<String, RulebaseFiles> brought = rulebases(document, fields);
        List<ImportedAssessment> assessments = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode list = fields.array(document, "", "assessments");
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                assessmentReader.read(list.get(i), "/assessments/" + i, fields).ifPresent(assessments::add);
                ids.add(list.get(i).path("id").asText(null));
            }
            checkIds(list, fields);
            checkRulebases(list, brought, fields);
        }
        ImportedRecords records = recordsReader.read(document, ids, fields);
        fields.throwIfAny();
        List<ImportedAssessment> ordered = AssessmentLinks.inLinkOrder(assessments, fields);
        fields.throwIfAny();
        List<RulebaseFiles> newRulebases = brought.values().stream().filter(files -> !archive.contains(files.version())).toList();
        return new ImportPlan(organisation, ordered, records, newRulebases);
    }

    private ImportedOrganisation organisation(JsonNode document, DocumentFields fields) {
        JsonNode node = fields.object(document, "", "organisation");
        if (node == null) {
            return null;
        }
        var createdAt = fields.instant(node, "/organisation", "createdAt", true);
        var updatedAt = fields.instant(node, "/organisation", "updatedAt", true);
        // Left out by documents exported before the schedule existed: not paused.
        Boolean paused = fields.optionalBool(node, "/organisation", "schedulePaused", false);
        ObjectNode request = node.deepCopy();
        request.remove(List.of("createdAt", "updatedAt", "schedulePaused"));
        OrganisationRequest parsed;
        try {
            parsed = json.treeToValue(request, OrganisationRequest.class);
        } catch (JsonMappingException e) {
            fields.error("/organisation" + pointer(e), "wrong type");
            return null;
        } catch (Exception e) {
            fields.error("/organisation", "not an organisation");
            return null;
        }
        try {
            validator.validate(parsed);
        } catch (InvalidRequestException e) {
            fields.addAll(e.errors().stream().map(error -> FieldError.body("/organisation" + error.pointer(), error.reason())).toList());
            return null;
        }
        return paused == null ? null : new ImportedOrganisation(parsed, paused, createdAt, updatedAt);
    }

    /** The document's rulebases by version, each checked against its own content hash. */
    private Map<String, RulebaseFiles> rulebases(JsonNode document, DocumentFields fields) {
        Map<String, RulebaseFiles> rulebases = new LinkedHashMap<>();
        JsonNode list = fields.array(document, "", "rulebases");
        if (list == null) {
            return rulebases;
        }
        for (int i = 0; i < list.size(); i++) {
            String at = "/rulebases/" + i;
            JsonNode node = list.get(i);
            if (!node.isObject()) {
                fields.error(at, "expected a JSON object");
                continue;
            }
            String version = fields.text(node, at, "version", 80);
            String textsVersion = fields.text(node, at, "textsVersion", 80);
            JsonNode files = fields.object(node, at, "files");
            if (version == null || textsVersion == null || files == null) {
                continue;
            }
            RulebaseFiles parsed;
            try {
                parsed = new RulebaseFiles(json.convertValue(files.get("logic"), FILES),
                        json.convertValue(files.get("texts"), FILES), json.convertValue(files.get("cases"), FILES));
            } catch (RuntimeException e) {
                fields.error(at + "/files", "expected logic, texts and cases, each an object of file contents by path");
                continue;
            }
            if (!parsed.version().equals(version)) {
                fields.error(at + "/version", "does not match the content hash of the logic files (" + parsed.version() + ")");
            } else if (!parsed.textsVersion().equals(textsVersion)) {
                fields.error(at + "/textsVersion", "does not match the content hash of the texts (" + parsed.textsVersion() + ")");
            } else if (rulebases.putIfAbsent(version, parsed) != null) {
                fields.error(at + "/version", "listed twice");
            }
        }
        return rulebases;
    }

    private static void checkIds(JsonNode list, DocumentFields fields) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String id = list.get(i).path("id").asText(null);
            if (id != null && !seen.add(id)) {
                fields.error("/assessments/" + i + "/id", "used by an earlier assessment of this document");
            }
        }
    }

    private void checkRulebases(JsonNode list, Map<String, RulebaseFiles> brought,
            DocumentFields fields) {
        for (int i = 0; i < list.size(); i++) {
            String version = list.get(i).path("rulebaseVersion").asText(null);
            if (version != null && !brought.containsKey(version) && !archive.contains(version)) {
                fields.error("/assessments/" + i + "/rulebaseVersion", "not among /rulebases and not archived here");
            }
        }
    }

    /** The JSON Pointer of the field a mapping failed at, relative to the node that was mapped. */
    static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            pointer.append('/').append(reference.getFieldName() != null ? reference.getFieldName() : String.valueOf(reference.getIndex()));
        }
        return pointer.toString();
    }
}
