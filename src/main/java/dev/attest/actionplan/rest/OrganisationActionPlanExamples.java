package dev.attest.actionplan.rest;

/** Examples of the organisation action-plan endpoints in the OpenAPI document. */
final class OrganisationActionPlanExamples {

    static final String TASK_UPDATE = """
            {"status": "in_progress", "owner": "Anna Becker", "dueDate": "2027-03-01",
             "notes": "Shop developer booked for January."}""";

    static final String RISK_ACCEPTANCE = """
            {"status": "risk_accepted", "riskReason": "The legacy shop is switched off in June; no change before then."}""";

    static final String TASK = """
            {
              "checkId": "GDPR-ART7-PRETICKED",
              "title": "Consent boxes are ticked in advance",
              "severity": "high",
              "citation": "GDPR Art. 7(1), Recital 32",
              "stepNumber": 1,
              "text": "Untick the box: consent must be an active choice.",
              "status": "in_progress",
              "owner": "Anna Becker",
              "dueDate": "2027-03-01",
              "notes": "Shop developer booked for January.",
              "firstAssessmentId": "1a2b3c4d-0000-4000-8000-000000000001",
              "lastAssessmentId": "9b2e4f6a-1c3d-4e5f-8a7b-0c2d4e6f8a1b",
              "findingStillPresent": false,
              "updatedAt": "2026-12-01T09:30:00Z"
            }""";

    static final String PLAN = """
            {
              "organisationId": "3c9d7e1a-6b2f-4d8e-a0c4-5e7f9a1b3d2c",
              "latestAssessmentId": "9b2e4f6a-1c3d-4e5f-8a7b-0c2d4e6f8a1b",
              "evaluationDate": "2026-11-28",
              "total": 7,
              "byStatus": {"open": 5, "in_progress": 1, "done": 1, "risk_accepted": 0},
              "tasks": [""" + TASK + """
            ,
                {"checkId": "GDPR-ART5-RETENTION", "title": "No deletion rule for some personal data", "severity": "medium",
                 "citation": "GDPR Art. 5(1)(e)", "stepNumber": 1, "text": "Set a retention period for customer accounts.",
                 "status": "done", "owner": "Jonas Weber", "firstAssessmentId": "1a2b3c4d-0000-4000-8000-000000000001",
                 "lastAssessmentId": "9b2e4f6a-1c3d-4e5f-8a7b-0c2d4e6f8a1b", "findingStillPresent": true,
                 "updatedAt": "2026-02-10T14:00:00Z", "closedAt": "2026-02-10T14:00:00Z"}
              ],
              "resolved": [
                {"checkId": "ETH-REASKS-AFTER-NO", "title": "Asks again after a no", "severity": "low", "stepNumber": 1,
                 "text": "Remember a refusal for at least a year.", "status": "done", "owner": "Anna Becker",
                 "firstAssessmentId": "1a2b3c4d-0000-4000-8000-000000000001",
                 "lastAssessmentId": "1a2b3c4d-0000-4000-8000-000000000001", "findingStillPresent": false,
                 "resolvedByAssessmentId": "9b2e4f6a-1c3d-4e5f-8a7b-0c2d4e6f8a1b", "resolvedOn": "2026-11-28",
                 "updatedAt": "2026-03-02T10:00:00Z", "closedAt": "2026-03-02T10:00:00Z"}
              ]
            }""";

    static final String INVALID_TASK_PROBLEM = """
            {
              "type": "urn:attest:problem:invalid-request",
              "title": "The request has invalid fields",
              "status": 400,
              "detail": "2 field(s) must be corrected; see errors.",
              "errors": [
                {"in": "body", "pointer": "/status", "reason": "expected one of open, in_progress, done, risk_accepted"},
                {"in": "body", "pointer": "/dueDate", "reason": "a date as YYYY-MM-DD, or null to clear it"}
              ]
            }""";

    static final String MISSING_REASON_PROBLEM = """
            {
              "type": "urn:attest:problem:invalid-request",
              "title": "The request has invalid fields",
              "status": 400,
              "detail": "1 field(s) must be corrected; see errors.",
              "errors": [
                {"in": "body", "pointer": "/riskReason", "reason": "required when the status is risk_accepted: why the organisation accepts the risk"}
              ]
            }""";

    static final String INVALID_FILTER_PROBLEM = """
            {
              "type": "urn:attest:problem:invalid-request",
              "title": "The request has invalid fields",
              "status": 400,
              "detail": "1 field(s) must be corrected; see errors.",
              "errors": [{"in": "query", "pointer": "status", "reason": "expected one of open, in_progress, done, risk_accepted"}]
            }""";

    static final String NOT_FOUND_PROBLEM = """
            {
              "type": "urn:attest:problem:not-found",
              "title": "Not found",
              "status": 404,
              "detail": "No organisation with id '3c9d7e1a-6b2f-4d8e-a0c4-5e7f9a1b3d2c'"
            }""";

    static final String UNKNOWN_FINDING_PROBLEM = """
            {
              "type": "urn:attest:problem:not-found",
              "title": "Not found",
              "status": 404,
              "detail": "The latest assessment of organisation '3c9d7e1a-6b2f-4d8e-a0c4-5e7f9a1b3d2c' has no finding 'GDPR-ART7-PRETICKED': only its failed checks have tasks"
            }""";

    private OrganisationActionPlanExamples() {
    }
}
