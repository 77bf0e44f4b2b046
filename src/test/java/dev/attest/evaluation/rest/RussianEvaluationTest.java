package dev.attest.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.support.ExampleFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The Russian businesses of {@code examples/} as their owners see them: a browser that asks for Russian gets the
 * findings, reasons and clocks of the 152-FZ pack in Russian, with the provisions cited and the severities the
 * evaluation date gives them.
 */
@QuarkusTest
class RussianEvaluationTest {

    private static final String RUSSIAN_BROWSER = "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7";
    private static final String LOCALISATION = "findings.find { it.ruleId == 'RU152-ART18-5-LOCALISATION' }";

    @Test
    void shouldGiveTheShopWithItsDataAbroadACriticalLocalisationFindingInRussian() {
        given().contentType(ContentType.JSON).header("Accept-Language", RUSSIAN_BROWSER).body(ExampleFiles.body("russian-web-shop"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .body("language", equalTo("ru"))
                .body("applicability.find { it.framework == '152-FZ' }.name", equalTo("Закон о персональных данных (152-ФЗ)"))
                .body("applicability.find { it.framework == '152-FZ' }.applies", equalTo(true))
                .body("applicability.find { it.framework == '152-FZ' }.reasons[0].text", startsWith("Ваш бизнес зарегистрирован в России"))
                .body("applicability.find { it.framework == 'GDPR' }.applies", equalTo(false))
                .body("applicability.find { it.framework == 'GDPR' }.reasons.code", contains("no-eu-link"))
                .body("applicability.find { it.framework == 'GDPR' }.reasons[0].text", startsWith("У вас нет присутствия в ЕС"))
                .body("findings.severity", everyItem(equalTo("critical")))
                .body(LOCALISATION + ".citation", equalTo("152-FZ Art. 18(5)"))
                .body(LOCALISATION + ".severity", equalTo("critical"))
                .body(LOCALISATION + ".title", equalTo("Данные людей из России собираются в базы за рубежом"))
                .body(LOCALISATION + ".triggeredBy.pointer", contains("/ru_database_location"))
                .body(LOCALISATION + ".triggeredBy[0].label", startsWith("Где сначала записываются и хранятся персональные данные"))
                .body(LOCALISATION + ".triggeredBy[0].answer", equalTo("abroad"))
                .body(LOCALISATION + ".triggeredBy[0].text", equalTo("Только в базах данных за пределами России"))
                .body(LOCALISATION + ".remediation", hasSize(5))
                .body(LOCALISATION + ".remediation[1]", startsWith("Перенесите основную базу данных людей из России на серверы в России"))
                .body("findings.find { it.ruleId == 'RU152-ART12-CROSS-BORDER' }.severity", equalTo("critical"));
    }

    @Test
    void shouldFlagConsentInTheOfferAndTheMissingNotificationOfTheServiceCompany() {
        given().contentType(ContentType.JSON).header("Accept-Language", "ru").body(ExampleFiles.body("russian-cleaning-services"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .body("findings.find { it.ruleId == 'RU152-ART9-CONSENT' }.citation", equalTo("152-FZ Art. 9"))
                .body("findings.find { it.ruleId == 'RU152-ART9-CONSENT' }.triggeredBy.pointer", containsInAnyOrder("/consent_bundled", "/ru_consent_form"))
                .body("findings.find { it.ruleId == 'RU152-ART9-CONSENT' }.explanation", containsString("С 1 сентября 2025 года"))
                .body("findings.find { it.ruleId == 'RU152-ART22-RKN-NOTIFICATION' }.citation", equalTo("152-FZ Art. 22"))
                .body("findings.find { it.ruleId == 'RU152-ART22-RKN-NOTIFICATION' }.severity", equalTo("high"))
                .body("findings.find { it.ruleId == 'RU152-ART22-RKN-NOTIFICATION' }.title",
                        equalTo("Роскомнадзор не уведомлён, уведомлён с опозданием или не получает изменения"));
    }

    @Test
    void shouldJudgeTheServiceCompanyByTheRulesInForceOnItsEvaluationDate() {
        ObjectNode request = ExampleFiles.json("russian-cleaning-services");
        request.put("evaluationDate", "2025-05-29");
        ((ObjectNode) request.get("answers")).put("consent_bundled", false);
        given().contentType(ContentType.JSON).body(request.toString())
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .body("findings.ruleId", contains("RU152-ART22-RKN-NOTIFICATION"))
                .body("findings[0].severity", equalTo("medium"));
        request.put("evaluationDate", "2025-09-01");
        given().contentType(ContentType.JSON).body(request.toString())
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .body("findings.ruleId", hasItems("RU152-ART22-RKN-NOTIFICATION", "RU152-ART9-CONSENT"))
                .body("findings.find { it.ruleId == 'RU152-ART22-RKN-NOTIFICATION' }.severity", equalTo("high"));
    }

    @Test
    void shouldNameTheDatabaseConflictOnceAndFollowTheRussianClocksForTheExporter() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(ExampleFiles.body("russian-leather-exporter"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .body("findings.findAll { it.citation.contains('18(5)') }.ruleId", contains("RU152-ART18-5-GDPR-CONFLICT"))
                .body("findings.find { it.ruleId == 'RU152-ART18-5-GDPR-CONFLICT' }.title",
                        equalTo("One database for Russia and the EU cannot meet both laws: split it"))
                .body("checks.find { it.ruleId == 'RU152-ART18-5-LOCALISATION' }.outcome", equalTo("not-applicable"))
                .body("checks.find { it.ruleId == 'EPRIVACY-ART13-EMAIL-MARKETING' }.outcome", equalTo("passed"))
                .body("findings.find { it.ruleId == 'RU152-ART15-MARKETING-CONSENT' }.explanation", containsString("soft opt-in"))
                .body("deadlines.find { it.kind == 'rights-request' }.all.framework", contains("152-FZ", "GDPR"))
                .body("deadlines.find { it.kind == 'rights-request' }.strictest.amount", equalTo(10.0f))
                .body("deadlines.find { it.kind == 'rights-request' }.strictest.unit", equalTo("working-days"))
                .body("deadlines.find { it.kind == 'breach-authority' }.all.framework", contains("152-FZ", "GDPR"))
                .body("deadlines.find { it.kind == 'breach-authority' }.strictest.amount", equalTo(24.0f))
                .body("deadlines.find { it.kind == 'breach-investigation' }.strictest.amount", equalTo(72.0f))
                .body("deadlines.find { it.kind == 'breach-investigation' }.duty", containsString("investigation"));
    }

    @Test
    void shouldLeaveTheLawOfRussiaOutOfAnswersWrittenBeforeItsQuestions() {
        given().contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .body("applicability.find { it.framework == '152-FZ' }.applies", equalTo(false))
                .body("applicability.find { it.framework == '152-FZ' }.reasons.code", contains("russia-not-answered"))
                .body("checks.findAll { it.framework == '152-FZ' }.outcome", everyItem(equalTo("not-applicable")))
                .body("deadlines.all.framework.flatten()", not(hasItem("152-FZ")));
    }

    @Test
    void shouldListThe152FzPackInTheRuleCatalogue() {
        given().header("Accept-Language", "ru").queryParam("framework", "152-FZ").when().get("/api/v1/rulebase")
                .then().statusCode(200)
                .body("frameworks", hasItem("152-FZ"))
                .body("checkCounts.'152-FZ'", greaterThanOrEqualTo(12))
                .body("checks.size()", greaterThanOrEqualTo(12))
                .body("checks.citation", everyItem(startsWith("152-FZ Art. ")))
                .body("checks.find { it.id == 'RU152-ART18-5-LOCALISATION' }.severity", equalTo("critical"))
                .body("checks.find { it.id == 'RU152-ART18-5-LOCALISATION' }.title", equalTo("Данные людей из России собираются в базы за рубежом"));
    }
}
