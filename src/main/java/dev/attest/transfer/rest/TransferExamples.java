package dev.attest.transfer.rest;

/** Examples of the export, import and erasure endpoints shown in the OpenAPI document. */
public final class TransferExamples {

    public static final String EXPORT = """
            {
              "format": "attest-organisation-export",
              "formatVersion": 1,
              "exportedAt": "2026-11-28T10:00:00Z",
              "organisation": {
                "name": "Kleine Schuhe GmbH", "country": "DE", "sector": "retail", "reassessmentMonths": 12,
                "contacts": [{"name": "Anna Becker", "email": "anna.becker@example.de", "role": "Data protection officer"}],
                "schedulePaused": false,
                "createdAt": "2025-11-20T09:00:00Z", "updatedAt": "2025-11-20T09:00:00Z"
              },
              "assessments": [
                {
                  "id": "9b2e4f6a-1c3d-4e5f-8a7b-0c2d4e6f8a1b",
                  "createdAt": "2025-11-20T09:05:00Z", "updatedAt": "2025-11-20T09:05:00Z",
                  "evaluationDate": "2025-11-20", "questionnaireId": "core", "questionnaireVersion": "sha256:7d2a…",
                  "rulebaseVersion": "sha256:4f1c…", "textsVersion": "sha256:9e0b…",
                  "answers": {"org_role": "controller", "eu_establishment": true},
                  "result": {"questionnaireId": "core", "rulebaseVersion": "sha256:4f1c…", "checks": [], "scores": {"overall": 64, "band": "amber", "frameworks": []}},
                  "actionPlanSteps": [{"checkId": "GDPR-ART7-PRETICKED", "stepNumber": 1, "done": true,
                    "doneAt": "2025-12-01T08:00:00Z", "updatedAt": "2025-12-01T08:00:00Z"}]
                },
                {
                  "id": "4a6c8e0b-2d4f-4a6c-8e0b-2d4f6a8c0e2b", "previousAssessmentId": "9b2e4f6a-1c3d-4e5f-8a7b-0c2d4e6f8a1b",
                  "createdAt": "2026-11-20T03:00:00Z", "updatedAt": "2026-11-20T03:00:00Z", "evaluationDate": "2026-11-20", "…": "…"
                }
              ],
              "tasks": [
                {"checkId": "GDPR-ART7-PRETICKED", "stepNumber": 2, "status": "in_progress", "owner": "Jonas Weber",
                 "dueDate": "2026-01-31", "riskReason": null, "notes": "Shop theme update booked",
                 "firstAssessmentId": "9b2e4f6a-1c3d-4e5f-8a7b-0c2d4e6f8a1b", "statusAssessmentId": "9b2e4f6a-1c3d-4e5f-8a7b-0c2d4e6f8a1b",
                 "createdAt": "2025-12-01T08:00:00Z", "updatedAt": "2025-12-02T08:00:00Z", "closedAt": null}
              ],
              "drafts": [
                {"questionnaireId": "core", "language": "en", "answers": {"org_role": "controller"},
                 "submittedAssessmentId": null, "createdAt": "2026-11-25T14:00:00Z", "updatedAt": "2026-11-25T14:10:00Z"}
              ],
              "reassessments": [
                {"dueOn": "2026-11-20", "trigger": "schedule", "previousAssessmentId": "9b2e4f6a-1c3d-4e5f-8a7b-0c2d4e6f8a1b",
                 "assessmentId": "4a6c8e0b-2d4f-4a6c-8e0b-2d4f6a8c0e2b", "needsReview": false,
                 "drift": {"rulesChanged": false, "previousRulebaseVersion": "sha256:4f1c…", "rulebaseVersion": "sha256:4f1c…",
                   "previousScore": 64, "score": 64, "newFindings": [], "resolvedFindings": [], "severityChanges": [],
                   "unchangedFindings": 3, "changedParameters": [], "parameterChanges": [],
                   "rulebaseChanges": {"added": [], "removed": [], "changed": []}},
                 "createdAt": "2026-11-20T03:00:00Z"}
              ],
              "rulebases": [
                {"version": "sha256:4f1c…", "textsVersion": "sha256:9e0b…",
                 "files": {"logic": {"gdpr/consent.drl": "package gdpr…"}, "texts": {"gdpr/consent.texts.yaml": "…"}, "cases": {}}}
              ]
            }""";

    public static final String INVALID_DOCUMENT_PROBLEM = """
            {
              "type": "urn:attest:problem:invalid-request",
              "title": "The request has invalid fields",
              "status": 400,
              "detail": "3 field(s) must be corrected; see errors.",
              "errors": [
                {"in": "body", "pointer": "/assessments/1/previousAssessmentId", "reason": "names no assessment of this document"},
                {"in": "body", "pointer": "/rulebases/0/version", "reason": "does not match the content hash of the logic files (sha256:0a3e…)"},
                {"in": "body", "pointer": "/tasks/0/status", "reason": "expected one of open, in_progress, done, risk_accepted"}
              ]
            }""";

    public static final String TOO_LARGE_PROBLEM = """
            {
              "type": "urn:attest:problem:body-too-large",
              "title": "Request body too large",
              "status": 413,
              "detail": "The request body is larger than the 32768 KiB this endpoint accepts."
            }""";

    public static final String ERASURES = """
            {
              "items": [
                {"id": "5d1f3a7c-2e4b-4c6d-9f8e-1a3b5c7d9e0f", "subjectType": "organisation",
                 "subjectId": "3c9d7e1a-6b2f-4d8e-a0c4-5e7f9a1b3d2c", "erasedAt": "2026-11-28T10:00:00Z",
                 "erasedByKeyPrefix": "atk_0123456789abcdef",
                 "deletedRows": {"action_plan_step": 3, "assessment_framework": 6, "assessment": 2, "organisation": 1}}
              ],
              "page": 0,
              "size": 20,
              "total": 1
            }""";

    private TransferExamples() {
    }
}
