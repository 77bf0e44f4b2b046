package dev.attest.evaluation.rest;

/** Examples shown in the OpenAPI document. */
public final class Examples {

    public static final String EVALUATION_REQUEST = """
            {
              "questionnaire": "core",
              "evaluationDate": "2026-11-28",
              "answers": {
                "org_role": "controller",
                "eu_establishment": true,
                "offers_to_eu": true,
                "monitors_eu": false,
                "data_subjects_in_eu": true,
                "for_profit": true,
                "does_business_in_california": false,
                "purposes": [{"name": "newsletter", "legal_basis": "consent", "retention_defined": false}],
                "uses_consent": true,
                "consent_preticked": true
              }
            }""";

    public static final String INVALID_ANSWERS_PROBLEM = """
            {
              "type": "urn:attest:problem:invalid-request",
              "title": "The request has invalid fields",
              "status": 400,
              "detail": "3 field(s) must be corrected; see errors.",
              "errors": [
                {"in": "answers", "pointer": "/favourite_colour", "reason": "unknown question: questionnaire 'core' has no question with this id"},
                {"in": "answers", "pointer": "/eu_establishment", "reason": "expected true or false"},
                {"in": "answers", "pointer": "/org_role", "reason": "required: this question must be answered"}
              ]
            }""";

    private Examples() {
    }
}
