package dev.attest.notification.rest;

/** Examples of the webhook endpoints shown in the OpenAPI document. */
public final class WebhookExamples {

    public static final String WEBHOOK_REQUEST = """
            {
              "url": "https://hooks.example.com/attest",
              "events": ["reassessment.completed", "reassessment.due-soon"]
            }""";

    public static final String CREATED_WEBHOOK = """
            {
              "id": "5f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
              "url": "https://hooks.example.com/attest",
              "events": ["reassessment.completed", "reassessment.due-soon"],
              "active": true,
              "createdAt": "2026-11-28T10:00:00Z",
              "secret": "whsec_Jq3v0yXw3mB1nK7pR2sT5uV9zA4cD6eF8gH0iJ2kL1M"
            }""";

    public static final String WEBHOOK = """
            {
              "id": "5f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
              "url": "https://hooks.example.com/attest",
              "events": ["reassessment.completed", "reassessment.due-soon"],
              "active": true,
              "createdAt": "2026-11-28T10:00:00Z"
            }""";

    public static final String WEBHOOKS = "[" + WEBHOOK + "]";

    public static final String INVALID_WEBHOOK_PROBLEM = """
            {
              "type": "urn:attest:problem:invalid-request",
              "title": "The request has invalid fields",
              "status": 400,
              "detail": "2 field(s) must be corrected; see errors.",
              "errors": [
                {"in": "body", "pointer": "/events/1", "reason": "unknown event; one of reassessment.completed, reassessment.due-soon, webhook.test"},
                {"in": "body", "pointer": "/url", "reason": "an absolute https:// URL without user name or password, such as https://hooks.example.com/attest"}
              ]
            }""";

    public static final String NOT_FOUND_PROBLEM = """
            {
              "type": "urn:attest:problem:not-found",
              "title": "Not found",
              "status": 404,
              "detail": "No webhook with id '5f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f'"
            }""";

    public static final String QUEUED_DELIVERY = """
            {
              "id": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d",
              "eventId": "0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b",
              "event": "webhook.test",
              "status": "pending",
              "attempts": 0,
              "createdAt": "2026-11-28T10:00:00Z",
              "nextAttemptAt": "2026-11-28T10:00:00Z"
            }""";

    public static final String DELIVERIES = """
            {
              "items": [
                {"id": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", "eventId": "0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b",
                 "event": "webhook.test", "status": "pending", "attempts": 1, "lastStatusCode": 500, "lastError": "HTTP 500",
                 "createdAt": "2026-11-28T10:05:00Z", "nextAttemptAt": "2026-11-28T10:06:00Z"},
                {"id": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", "eventId": "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
                 "event": "reassessment.completed", "status": "delivered", "attempts": 1, "lastStatusCode": 200,
                 "createdAt": "2026-11-28T10:00:00Z", "deliveredAt": "2026-11-28T10:00:04Z"}
              ],
              "page": 0,
              "size": 20,
              "total": 2
            }""";

    /** What a receiver gets: the body of every delivery. */
    public static final String PAYLOAD = """
            {
              "id": "0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b",
              "type": "webhook.test",
              "createdAt": "2026-11-28T10:00:00Z",
              "workspaceId": "8d2f4a6c-1b3e-4d5f-9a7c-0e2b4d6f8a1c",
              "data": {"message": "A test event sent on request."}
            }""";

    private WebhookExamples() {
    }
}
