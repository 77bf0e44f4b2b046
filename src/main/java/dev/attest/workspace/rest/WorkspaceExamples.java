package dev.attest.workspace.rest;

/** Examples of the workspace and key endpoints shown in the OpenAPI document. */
public final class WorkspaceExamples {

    public static final String WORKSPACE_REQUEST = """
            {"name": "Northwind Privacy Consulting"}""";

    public static final String NEW_WORKSPACE = """
            {
              "workspace": {"id": "5f0c2a8e-3b1d-4c6a-9e2f-7d8b1a4c0e53", "name": "Northwind Privacy Consulting",
                            "createdAt": "2026-11-28T10:00:00Z"},
              "key": {"id": "0b6d1c9e-2f4a-4e8b-a1d3-5c7e9f0a2b4d", "name": "first key", "prefix": "atk_3f9a1c0d7e2b4a68",
                      "createdAt": "2026-11-28T10:00:00Z",
                      "key": "atk_3f9a1c0d7e2b4a68_q8Jv0yXw3mB1nK7pR2sT5uV9zA4cD6eF8gH0iJ2kL1M"}
            }""";

    public static final String WORKSPACE = """
            {"id": "5f0c2a8e-3b1d-4c6a-9e2f-7d8b1a4c0e53", "name": "Northwind Privacy Consulting",
             "createdAt": "2026-11-28T10:00:00Z"}""";

    public static final String KEY_REQUEST = """
            {"name": "CI pipeline", "expiresAt": "2027-12-31T23:59:59Z"}""";

    public static final String CREATED_KEY = """
            {"id": "0b6d1c9e-2f4a-4e8b-a1d3-5c7e9f0a2b4d", "name": "CI pipeline", "prefix": "atk_3f9a1c0d7e2b4a68",
             "createdAt": "2026-11-28T10:00:00Z", "expiresAt": "2027-12-31T23:59:59Z",
             "key": "atk_3f9a1c0d7e2b4a68_q8Jv0yXw3mB1nK7pR2sT5uV9zA4cD6eF8gH0iJ2kL1M"}""";

    public static final String KEYS = """
            [
              {"id": "0b6d1c9e-2f4a-4e8b-a1d3-5c7e9f0a2b4d", "name": "first key", "prefix": "atk_3f9a1c0d7e2b4a68",
               "status": "active", "createdAt": "2026-11-28T10:00:00Z", "lastUsedAt": "2026-11-28T10:05:00Z"},
              {"id": "9c1e7a3b-5d2f-4b6a-8e0c-1f3a5b7d9e2c", "name": "old laptop", "prefix": "atk_a1b2c3d4e5f60718",
               "status": "revoked", "createdAt": "2026-01-10T09:00:00Z", "revokedAt": "2026-11-01T12:00:00Z"}
            ]""";

    public static final String INVALID_KEY_REQUEST_PROBLEM = """
            {
              "type": "urn:attest:problem:invalid-request",
              "title": "The request has invalid fields",
              "status": 400,
              "detail": "1 field(s) must be corrected; see errors.",
              "errors": [{"in": "body", "pointer": "/expiresAt", "reason": "must be in the future"}]
            }""";

    public static final String UNAUTHORIZED_PROBLEM = """
            {
              "type": "urn:attest:problem:unauthorized",
              "title": "API key required",
              "status": 401,
              "detail": "Send a valid, unrevoked, unexpired workspace key as Authorization: Bearer <key>."
            }""";

    public static final String RATE_LIMITED_PROBLEM = """
            {
              "type": "urn:attest:problem:rate-limited",
              "title": "Too many requests",
              "status": 429,
              "detail": "This key sent more requests than allowed. Try again in 2 s."
            }""";

    public static final String NOT_FOUND_PROBLEM = """
            {
              "type": "urn:attest:problem:not-found",
              "title": "Not found",
              "status": 404,
              "detail": "No key with id '0b6d1c9e-2f4a-4e8b-a1d3-5c7e9f0a2b4d'"
            }""";

    private WorkspaceExamples() {
    }
}
