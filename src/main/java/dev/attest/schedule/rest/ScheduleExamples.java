package dev.attest.schedule.rest;

/** Example bodies for the OpenAPI document of the re-assessment schedule. */
public final class ScheduleExamples {

    public static final String DUE = """
            {
              "items": [
                {"id": "3c9d7e1a-6b2f-4d8e-a0c4-5e7f9a1b3d2c", "name": "Kleine Schuhe GmbH", "lastAssessedOn": "2025-11-20",
                 "nextDueOn": "2026-11-20", "daysLeft": -9, "status": "overdue"}
              ],
              "page": 0, "size": 20, "total": 1
            }""";

    public static final String REASSESSMENT = """
            {
              "id": "5f0a2c4e-8b1d-4f6a-9c3e-7d5b1a9f2e4c", "organisationId": "3c9d7e1a-6b2f-4d8e-a0c4-5e7f9a1b3d2c",
              "dueOn": "2026-11-20", "trigger": "schedule",
              "previousAssessmentId": "9b2e4f6a-1c3d-4e5f-8a7b-0c2d4e6f8a1b", "assessmentId": "1d3f5b7a-9c2e-4a6b-8d0f-2e4c6a8b0d1f",
              "needsReview": false,
              "drift": {
                "rulesChanged": true, "previousRulebaseVersion": "sha256:4f1c…", "rulebaseVersion": "sha256:9a0e…",
                "previousScore": 64, "score": 58,
                "newFindings": [{"check": "CCPA-7150-RISK-ASSESSMENT", "framework": "CCPA", "cause": "rules-changed"}],
                "resolvedFindings": [], "severityChanges": [], "unchangedFindings": 4,
                "changedParameters": ["ccpa.risk_assessment.start"],
                "parameterChanges": [{"name": "ccpa.risk_assessment.start", "older": null, "newer": "2026-01-01",
                                      "effectiveFrom": "2026-01-01"}],
                "rulebaseChanges": {
                  "added": [],
                  "removed": [],
                  "changed": [{"check": "CCPA-7150-RISK-ASSESSMENT", "framework": "CCPA", "citation": "CCPA Regs §§7150-7157",
                               "severity": "high", "olderSeverity": "medium", "olderCitation": null,
                               "changes": ["severity", "logic"]}]
                }
              },
              "createdAt": "2026-11-29T03:15:02.118Z"
            }""";

    public static final String REASSESSMENTS = """
            {"items": [""" + REASSESSMENT + """
            ], "page": 0, "size": 20, "total": 1}""";

    public static final String NOTHING_TO_REASSESS = """
            {
              "type": "urn:attest:problem:nothing-to-reassess",
              "title": "Nothing to re-assess",
              "status": 409,
              "detail": "The organisation has no assessment yet: store one first, then it can be re-assessed."
            }""";

    public static final String RUN = """
            {
              "id": "7e9a1c3b-5d2f-4b8a-a6c0-1f3e5d7b9a2c", "instance": "attest-1", "runDate": "2026-11-29", "status": "finished",
              "due": 1250, "reassessed": 1248, "alreadyDone": 2, "failed": 0, "reminders": 310,
              "startedAt": "2026-11-29T03:15:00.004Z", "finishedAt": "2026-11-29T03:15:09.871Z"
            }""";

    private ScheduleExamples() {
    }
}
