package dev.attest.assessment.rest;

/** Example bodies for the OpenAPI document of assessment listings. */
public final class AssessmentExamples {

    public static final String INVALID_QUERY_PROBLEM = """
            {
              "type": "urn:attest:problem:invalid-request",
              "title": "The request has invalid fields",
              "status": 400,
              "detail": "1 field(s) must be corrected; see errors.",
              "errors": [{"in": "query", "pointer": "band", "reason": "expected one of amber, green, not-assessed, red"}]
            }""";

    public static final String ASSESSMENTS = """
            {
              "items": [
                {"id": "9b2e4f6a-1c3d-4e5f-8a7b-0c2d4e6f8a1b", "organisationId": "3c9d7e1a-6b2f-4d8e-a0c4-5e7f9a1b3d2c",
                 "evaluationDate": "2026-11-28", "overallScore": 64, "band": "amber",
                 "frameworks": ["ETHICS", "GDPR", "MINIMISATION"], "rulebaseVersion": "sha256:4f1c…",
                 "needsReview": false, "createdAt": "2026-11-28T10:05:00Z"}
              ],
              "page": 0,
              "size": 20,
              "total": 1
            }""";

    private AssessmentExamples() {
    }
}
