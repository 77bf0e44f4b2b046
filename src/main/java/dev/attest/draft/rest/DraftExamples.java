package dev.attest.draft.rest;

/** Examples of the draft endpoints shown in the OpenAPI document. */
public final class DraftExamples {

    public static final String DRAFT_REQUEST = """
            {
              "questionnaireId": "core",
              "language": "en",
              "answers": {"org_role": "controller", "eu_establishment": true}
            }""";

    public static final String DRAFT_PATCH = """
            {
              "answers": {"employee_count": 8, "eu_establishment": null}
            }""";

    public static final String DRAFT = """
            {
              "id": "5d1f8a2b-7c3e-4f9a-b6d0-2e4c6a8f0b1d",
              "organisationId": "3c9d7e1a-6b2f-4d8e-a0c4-5e7f9a1b3d2c",
              "questionnaireId": "core",
              "language": "en",
              "answers": {"org_role": "controller", "eu_establishment": true},
              "status": "open",
              "submittedAssessmentId": null,
              "missing": ["/data_subjects_in_eu", "/does_business_in_california", "/website_or_app", "/purposes"],
              "createdAt": "2026-11-28T10:00:00Z",
              "updatedAt": "2026-11-28T10:20:00Z"
            }""";

    public static final String DRAFTS = """
            {
              "items": [""" + DRAFT + """
            ],
              "page": 0,
              "size": 20,
              "total": 1
            }""";

    public static final String INVALID_DRAFT_PROBLEM = """
            {
              "type": "urn:attest:problem:invalid-request",
              "title": "The request has invalid fields",
              "status": 400,
              "detail": "2 field(s) must be corrected; see errors.",
              "errors": [
                {"in": "answers", "pointer": "/employee_count", "reason": "expected a number"},
                {"in": "answers", "pointer": "/org_role", "reason": "expected one of: controller, processor, both"}
              ]
            }""";

    public static final String INCOMPLETE_DRAFT_PROBLEM = """
            {
              "type": "urn:attest:problem:invalid-request",
              "title": "The request has invalid fields",
              "status": 400,
              "detail": "2 field(s) must be corrected; see errors.",
              "errors": [
                {"in": "answers", "pointer": "/data_subjects_in_eu", "reason": "required: this question must be answered"},
                {"in": "answers", "pointer": "/purposes", "reason": "required: this question must be answered"}
              ]
            }""";

    public static final String SUBMITTED_PROBLEM = """
            {
              "type": "urn:attest:problem:draft-submitted",
              "title": "Draft already submitted",
              "status": 409,
              "detail": "Draft '5d1f8a2b-7c3e-4f9a-b6d0-2e4c6a8f0b1d' was submitted as assessment '9b2e4f6a-1c3d-4e5f-8a7b-0c2d4e6f8a1b' and can no longer be changed or submitted; start a new draft to assess again."
            }""";

    public static final String NOT_FOUND_PROBLEM = """
            {
              "type": "urn:attest:problem:not-found",
              "title": "Not found",
              "status": 404,
              "detail": "No draft with id '5d1f8a2b-7c3e-4f9a-b6d0-2e4c6a8f0b1d'"
            }""";

    private DraftExamples() {
    }
}
