package dev.attest.organisation.rest;

/** Examples of the organisation endpoints shown in the OpenAPI document. */
public final class OrganisationExamples {

    public static final String ORGANISATION_REQUEST = """
            {
              "name": "Kleine Schuhe GmbH",
              "country": "DE",
              "sector": "retail",
              "reassessmentMonths": 12,
              "contacts": [{"name": "Anna Becker", "email": "anna.becker@example.de", "role": "Data protection officer"}]
            }""";

    public static final String ORGANISATION = """
            {
              "id": "3c9d7e1a-6b2f-4d8e-a0c4-5e7f9a1b3d2c",
              "name": "Kleine Schuhe GmbH",
              "country": "DE",
              "sector": "retail",
              "reassessmentMonths": 12,
              "contacts": [{"name": "Anna Becker", "email": "anna.becker@example.de", "role": "Data protection officer"}],
              "schedule": {"lastAssessedOn": "2026-11-28", "nextDueOn": "2027-11-28", "paused": false, "status": "scheduled"},
              "createdAt": "2026-11-28T10:00:00Z",
              "updatedAt": "2026-11-28T10:00:00Z"
            }""";

    public static final String ORGANISATIONS = """
            {
              "items": [""" + ORGANISATION + """
            ],
              "page": 0,
              "size": 20,
              "total": 1
            }""";

    public static final String INVALID_ORGANISATION_PROBLEM = """
            {
              "type": "urn:attest:problem:invalid-request",
              "title": "The request has invalid fields",
              "status": 400,
              "detail": "2 field(s) must be corrected; see errors.",
              "errors": [
                {"in": "body", "pointer": "/contacts/0/email", "reason": "not an e-mail address"},
                {"in": "body", "pointer": "/country", "reason": "an ISO 3166-1 alpha-2 country code in upper case, such as DE or US"}
              ]
            }""";

    public static final String NOT_FOUND_PROBLEM = """
            {
              "type": "urn:attest:problem:not-found",
              "title": "Not found",
              "status": 404,
              "detail": "No organisation with id '3c9d7e1a-6b2f-4d8e-a0c4-5e7f9a1b3d2c'"
            }""";

    public static final String HISTORY = """
            {
              "organisationId": "3c9d7e1a-6b2f-4d8e-a0c4-5e7f9a1b3d2c",
              "overall": [
                {"evaluationDate": "2025-11-20", "assessmentId": "1a2b3c4d-0000-4000-8000-000000000001", "status": "scored", "score": 48, "band": "red"},
                {"evaluationDate": "2026-11-28", "assessmentId": "9b2e4f6a-1c3d-4e5f-8a7b-0c2d4e6f8a1b", "status": "scored", "score": 64, "band": "amber"}
              ],
              "frameworks": [
                {"framework": "GDPR", "points": [
                  {"evaluationDate": "2025-11-20", "assessmentId": "1a2b3c4d-0000-4000-8000-000000000001", "status": "scored", "score": 40, "band": "red"},
                  {"evaluationDate": "2026-11-28", "assessmentId": "9b2e4f6a-1c3d-4e5f-8a7b-0c2d4e6f8a1b", "status": "scored", "score": 58, "band": "amber"}
                ]}
              ]
            }""";

    private OrganisationExamples() {
    }
}
