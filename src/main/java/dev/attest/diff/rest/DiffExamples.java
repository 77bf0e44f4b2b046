package dev.attest.diff.rest;

/** Examples of the diff endpoint shown in the OpenAPI document. */
final class DiffExamples {

    static final String DIFF = """
            {
              "language": "en",
              "older": {"id": "5b0e6a4c-2f0e-4a55-9d7e-1f3c2a9b8e71", "evaluationDate": "2026-11-28",
                        "rulebaseVersion": "sha256:1f2e…", "questionnaireId": "core", "questionnaireVersion": "sha256:9a8b…"},
              "newer": {"id": "c7d1f0a2-8e3b-4f6a-b2c9-0d4e5f6a7b8c", "evaluationDate": "2027-11-28",
                        "rulebaseVersion": "sha256:7c6d…", "questionnaireId": "core", "questionnaireVersion": "sha256:9a8b…"},
              "rerun": true,
              "overall": {"older": 78, "olderBand": "amber", "newer": 74, "newerBand": "amber", "change": -4},
              "frameworks": [
                {"framework": "GDPR", "name": "EU GDPR", "olderStatus": "scored", "newerStatus": "scored",
                 "score": {"older": 80, "olderBand": "amber", "newer": 75, "newerBand": "amber", "change": -5}}
              ],
              "applicability": [],
              "newFindings": [
                {"checkId": "GDPR-ART12-ACCESS-DEADLINE", "framework": "GDPR",
                 "title": "Rights requests are not answered in time",
                 "olderOutcome": "passed", "olderSeverity": "high", "newerOutcome": "failed", "newerSeverity": "high",
                 "rerunOutcome": "failed", "cause": "rules-changed",
                 "causeText": "The rules changed; they alone give the earlier answers this outcome.",
                 "changedAnswers": [],
                 "rules": {"olderVersion": "sha256:1f2e…", "olderDate": "2026-11-28",
                           "newerVersion": "sha256:7c6d…", "newerDate": "2027-11-28"}}
              ],
              "resolved": [
                {"checkId": "GDPR-ART7-PRETICKED", "framework": "GDPR", "title": "Consent boxes are ticked in advance",
                 "olderOutcome": "failed", "olderSeverity": "high", "newerOutcome": "passed", "newerSeverity": "high",
                 "rerunOutcome": "failed", "cause": "answers-changed",
                 "causeText": "The answers changed; the rules would have judged the earlier answers as before.",
                 "changedAnswers": [{"pointer": "/consent_preticked", "question": "consent_preticked",
                                     "label": "Are any consent boxes ticked in advance?", "older": true, "newer": false}],
                 "rules": null}
              ],
              "unchanged": [],
              "severityChanges": [],
              "changedParameters": [{"name": "gdpr.rights_response_max_days", "older": 92, "newer": 15,
                                     "effectiveFrom": "2027-06-01"}],
              "rulebaseChanges": {
                "added": [{"checkId": "GDPR-ART22-AUTOMATED-DECISIONS", "framework": "GDPR",
                           "title": "Decisions made by software alone lack safeguards", "citation": "GDPR Art. 22",
                           "severity": "high", "olderSeverity": null, "olderCitation": null, "changes": []}],
                "removed": [],
                "changed": [{"checkId": "GDPR-ART33-BREACH-72H", "framework": "GDPR",
                             "title": "Breaches are not reported to the authority in time", "citation": "GDPR Art. 33(1)",
                             "severity": "critical", "olderSeverity": "high", "olderCitation": null,
                             "changes": ["severity", "logic"]}]
              },
              "changedAnswers": [{"pointer": "/consent_preticked", "question": "consent_preticked",
                                  "label": "Are any consent boxes ticked in advance?", "older": true, "newer": false}]
            }""";

    static final String AGAINST_MISSING_PROBLEM = """
            {
              "type": "urn:attest:problem:invalid-request",
              "title": "The request has invalid fields",
              "status": 400,
              "detail": "1 field(s) must be corrected; see errors.",
              "errors": [
                {"in": "query", "pointer": "against", "reason": "required: the id of the assessment to compare with"}
              ]
            }""";

    static final String NOT_FOUND_PROBLEM = """
            {
              "type": "urn:attest:problem:not-found",
              "title": "Not found",
              "status": 404,
              "detail": "No assessment with id 'c7d1f0a2-8e3b-4f6a-b2c9-0d4e5f6a7b8c'"
            }""";

    private DiffExamples() {
    }
}
