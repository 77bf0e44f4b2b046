package dev.attest.transfer.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.attest.transfer.service.ImportPlan.ImportedAssessment;

/**
 * The links between a document's assessments ({@code previousAssessmentId}): each must name another assessment of
 * the document, and following them must never come round in a circle. Assessments are stored in an order where the
 * one linked to comes first, as the database's foreign key needs.
 */
final class AssessmentLinks {

    private AssessmentLinks() {
    }

    /** The assessments with every previous one before the one that links to it; broken links are noted. */
    static List<ImportedAssessment> inLinkOrder(List<ImportedAssessment> assessments, DocumentFields fields) {
        Map<String, ImportedAssessment> byId = new LinkedHashMap<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < assessments.size(); i++) {
            byId.put(assessments.get(i).documentId(), assessments.get(i));
            index.put(assessments.get(i).documentId(), i);
        }
        for (ImportedAssessment assessment : assessments) {
            String previous = assessment.previousDocumentId();
            String at = "/assessments/" + index.get(assessment.documentId()) + "/previousAssessmentId";
            if (previous == null) {
                continue;
            }
            if (!byId.containsKey(previous)) {
                fields.error(at, "names no assessment of this document");
            } else if (inCircle(assessment, byId)) {
                fields.error(at, "the links come back to this assessment: a re-assessment cannot precede itself");
            }
        }
        if (fields.hasErrors()) {
            return List.of();
        }
        List<ImportedAssessment> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (ImportedAssessment assessment : assessments) {
            place(assessment, byId, placed, ordered);
        }
        return ordered;
    }

    private static boolean inCircle(ImportedAssessment start, Map<String, ImportedAssessment> byId) {
        Set<String> visited = new HashSet<>();
        ImportedAssessment current = start;
        while (current != null && current.previousDocumentId() != null) {
            if (!visited.add(current.documentId())) {
                // A circle further on, which does not come back here: its own members are named, not this lead-in.
                return false;
            }
            if (current.previousDocumentId().equals(start.documentId())) {
                return true;
            }
            current = byId.get(current.previousDocumentId());
        }
        return false;
    }

    private static void place(ImportedAssessment assessment, Map<String, ImportedAssessment> byId, Set<String> placed,
            List<ImportedAssessment> ordered) {
        if (placed.contains(assessment.documentId())) {
            return;
        }
        if (assessment.previousDocumentId() != null) {
            place(byId.get(assessment.previousDocumentId()), byId, placed, ordered);
        }
        placed.add(assessment.documentId());
        ordered.add(assessment);
    }
}
