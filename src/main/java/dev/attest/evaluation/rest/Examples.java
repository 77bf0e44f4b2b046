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

    /** A Russian web shop whose customers' data is collected into a foreign platform: 152-FZ Art. 18(5). */
    public static final String RUSSIAN_SHOP_REQUEST = """
            {
              "questionnaire": "core",
              "evaluationDate": "2026-11-28",
              "answers": {
                "org_role": "controller",
                "ru_operator": "russian_company",
                "eu_establishment": false,
                "offers_to_eu": false,
                "monitors_eu": false,
                "data_subjects_in_eu": false,
                "does_business_in_california": false,
                "purposes": [{"name": "Заказы и доставка", "legal_basis": "contract", "retention_defined": true, "retention_months": 36}],
                "ru_database_location": "abroad",
                "ru_rkn_notification": "not_filed"
              }
            }""";

    /** The same problem as {@link #INVALID_ANSWERS_PROBLEM}, for a client that asks for Russian. */
    public static final String INVALID_ANSWERS_PROBLEM_RU = """
            {
              "type": "urn:attest:problem:invalid-request",
              "title": "В запросе есть ошибки",
              "status": 400,
              "detail": "Нужно исправить полей: 3; подробности — в errors.",
              "errors": [
                {"in": "answers", "pointer": "/favourite_colour", "reason": "неизвестный вопрос: в анкете «core» нет вопроса с таким идентификатором"},
                {"in": "answers", "pointer": "/eu_establishment", "reason": "ожидается true или false"},
                {"in": "answers", "pointer": "/org_role", "reason": "обязательно: на этот вопрос нужно ответить"}
              ]
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
