package dev.attest.actionplan.rest;

/** Examples of the action-plan endpoints in the OpenAPI document. */
final class ActionPlanExamples {

    static final String STEP_UPDATE = """
            {"done": true}""";

    static final String STEP = """
            {"number": 2, "text": "Untick the box: consent must be an active choice.", "done": true,
             "doneAt": "2026-12-01T09:30:00Z"}""";

    static final String MISSING_DONE_PROBLEM = """
            {
              "type": "urn:attest:problem:invalid-request",
              "title": "The request has invalid fields",
              "status": 400,
              "detail": "1 field(s) must be corrected; see errors.",
              "errors": [
                {"in": "body", "pointer": "/done", "reason": "required: true (the step is done) or false (it is not)"}
              ]
            }""";

    static final String UNKNOWN_STEP_PROBLEM = """
            {
              "type": "urn:attest:problem:not-found",
              "title": "Not found",
              "status": 404,
              "detail": "Finding 'GDPR-ART7-PRETICKED' has 4 step(s), numbered from 1; there is no step 9"
            }""";

    private ActionPlanExamples() {
    }
}
