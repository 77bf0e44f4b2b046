package dev.attest.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.support.ExampleFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A client that asks for Russian gets its problems in Russian, from a resource, a filter or the HTTP layer. */
@QuarkusTest
class ProblemLanguageTest {

    @Test
    void shouldNameEveryBadAnswerInRussianWhenTheBrowserAsksForIt() {
        ObjectNode request = ExampleFiles.json("russian-web-shop");
        ObjectNode answers = (ObjectNode) request.get("answers");
        answers.put("ru_operator", "ooo");
        answers.put("employee_count", -3);
        answers.put("favourite_colour", "red");
        given().contentType(ContentType.JSON).header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5").body(request.toString())
                .when().post("/api/v1/evaluations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:attest:problem:invalid-request"))
                .body("title", equalTo("В запросе есть ошибки"))
                .body("detail", equalTo("Нужно исправить полей: 3; подробности — в errors."))
                .body("errors.pointer", containsInAnyOrder("/ru_operator", "/employee_count", "/favourite_colour"))
                .body("errors.find { it.pointer == '/ru_operator' }.reason",
                        equalTo("ожидается один из вариантов: russian_company, sole_trader, foreign"))
                .body("errors.find { it.pointer == '/employee_count' }.reason", equalTo("должно быть не меньше 0"))
                .body("errors.find { it.pointer == '/favourite_colour' }.reason",
                        equalTo("неизвестный вопрос: в анкете «core» нет вопроса с таким идентификатором"));
    }

    @Test
    void shouldAnswerInRussianFromFiltersAndTheHttpLayerToo() {
        given().queryParam("lang", "ru").when().get("/api/v1/assessments")
                .then().statusCode(401)
                .body("title", equalTo("Нужен ключ доступа"))
                .body("detail", equalTo("Передайте действующий, не отозванный и не просроченный ключ рабочего пространства "
                        + "в заголовке Authorization: Bearer <ключ>."));
        given().header("Accept-Language", "ru").when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Не найдено"));
        given().header("Accept-Language", "ru").when().get("/no-such-page.json")
                .then().statusCode(404)
                .body("detail", equalTo("По этому адресу ничего нет. Описание API — по адресу /q/openapi."));
    }

    @Test
    void shouldKeepEnglishForEveryoneElse() {
        given().header("Accept-Language", "de-DE,de;q=0.9").when().get("/api/v1/assessments")
                .then().statusCode(401)
                .body("title", equalTo("API key required"));
    }
}
