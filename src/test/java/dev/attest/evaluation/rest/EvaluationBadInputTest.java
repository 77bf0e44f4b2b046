package dev.attest.evaluation.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.questionnaire.Questionnaire;
import dev.attest.questionnaire.service.QuestionnaireCatalog;
import dev.attest.support.AnswerMutations;
import dev.attest.support.AnswerSets;
import dev.attest.support.Choices;
import dev.attest.support.ExampleFiles;
import dev.attest.support.TestWorkspace;
import dev.attest.support.Tries;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Bad bodies on the running {@code POST /api/v1/evaluations} (and a few on {@code POST /api/v1/assessments}): each is
 * answered within the client's socket timeout (a hang detector, not a speed test) with a 2xx, or a 4xx problem+json that
 * says what is wrong; never a 5xx. Fixed cases for each kind of bad input, then generated answer sets, mutated as JSON
 * and as bytes.
 */
@QuarkusTest
class EvaluationBadInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every non-ASCII character written as a \\u escape, so lone surrogates reach the server as sent. */
    private static final ObjectMapper ESCAPING_JSON = new ObjectMapper().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
    private static final Questionnaire CORE = QuestionnaireCatalog.loadFrom(Path.of("questionnaires")).get("core");
    private static final RestAssuredConfig HANG_DETECTOR = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 10_000)
            .setParam("http.socket.timeout", 30_000));
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final TestWorkspace workspace = TestWorkspace.named("Bad input");
    private Set<String> catalogue;

    /** A bad body and what must come back: the status and a fragment of the reason the client reads. */
    record Case(String name, byte[] body, String contentType, int status, String reason) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeEach
    void readTheCatalogue() {
        if (catalogue == null) {
            catalogue = Set.copyOf(RestAssured.get("/api/v1/rulebase").then().statusCode(200).extract().jsonPath().getList("checks.id"));
        }
    }

    static Stream<Case> badBodies() {
        String shoeShop = ExampleFiles.body("shoe-shop");
        String answers = "{\"questionnaire\": \"core\", \"evaluationDate\": \"2026-11-28\", \"answers\": %s}";
        return Stream.of(
                new Case("empty body", new byte[0], "application/json", 400, "JSON body"),
                new Case("null", utf8("null"), "application/json", 400, "JSON body"),
                new Case("a bare string", utf8("\"core\""), "application/json", 400, "wrong type or shape"),
                new Case("truncated JSON", utf8(shoeShop.substring(0, shoeShop.length() / 2)), "application/json", 400, "not valid JSON at line"),
                new Case("answers an array", utf8(answers.formatted("[1, 2]")), "application/json", 400, "JSON object keyed by question id"),
                new Case("deep nesting: 10,000 arrays", utf8(answers.formatted("{\"employee_count\": " + "[".repeat(10_000)
                        + "]".repeat(10_000) + "}")), "application/json", 400, "nested more than 1000 levels deep"),
                new Case("deep nesting: 900 arrays, under the parser's limit", utf8(answers.formatted("{\"employee_count\": "
                        + "[".repeat(900) + "]".repeat(900) + "}")), "application/json", 400, "expected a number"),
                new Case("a huge repeated group: 100,000 entries", utf8(answers.formatted("{\"purposes\": ["
                        + String.join(",", java.util.Collections.nCopies(100_000, "{}")) + "]}")), "application/json", 400,
                        "takes at most 50 entries; 100000 were given"),
                new Case("a body over the 1 MiB limit", utf8(answers.formatted("{\"x\": \"" + "a".repeat(1_100_000) + "\"}")),
                        "application/json", 413, "larger than the 1024 KiB this endpoint accepts"),
                new Case("raw control characters in a string", utf8(answers.formatted("{\"org_role\": \"contr\u0001oller\"}")),
                        "application/json", 400, "not valid JSON"),
                new Case("escaped control characters in a key", utf8(answers.formatted("{\"org\\u0000role\\u001b\": true}")),
                        "application/json", 400, "unknown question"),
                new Case("a lone surrogate in a key", utf8(answers.formatted("{\"\\ud800org_role\": true}")),
                        "application/json", 400, "not valid JSON at line 1"),
                new Case("a lone surrogate in a multiple choice", utf8(shoeShop.replace("\"plain_summary\",", "\"\\udfff\",")),
                        "application/json", 400, "not valid Unicode"),
                new Case("a lone surrogate in a text answer", utf8(shoeShop.replace("\"Processing and shipping orders\"",
                        "\"orders \\udc00\"")), "application/json", 400, "not valid Unicode"),
                new Case("invalid UTF-8", concat(utf8(answers.formatted("{\"org_role\": \"")), new byte[] {(byte) 0xC3, (byte) 0x28},
                        utf8("\"}")), "application/json", 400, "not valid JSON"),
                new Case("Latin-1 bytes declared as Latin-1", utf8ToLatin1(answers.formatted("{\"purposes\": [{\"name\": \"café\"}]}")),
                        "application/json; charset=ISO-8859-1", 400, "not valid JSON at line 1"),
                new Case("bytes the parser takes for UTF-32 (found by Jazzer)", concat(new byte[] {1, 0, 0, 0, 0, 0, 0, 0}, BOM,
                        utf8("{\"org_role\": \"controller\"}")), "application/json", 400, "not text in UTF-8, UTF-16 or UTF-32"),
                new Case("a byte-order mark before the JSON", concat(BOM, utf8(shoeShop)), "application/json", 200, null),
                new Case("UTF-16 with its byte-order mark", utf16(shoeShop), "application/json; charset=UTF-16", 200, null),
                new Case("a duplicate key", utf8(shoeShop.replace("\"org_role\": \"controller\",",
                        "\"org_role\": \"controller\", \"org_role\": \"processor\",")), "application/json", 400, "the key 'org_role' appears twice in one object"),
                new Case("text/plain", utf8(shoeShop), "text/plain", 415, "Send the body as application/json"),
                new Case("XML", utf8("<answers/>"), "application/xml", 415, "Send the body as application/json"),
                new Case("a number with 5,000 digits", utf8(answers.formatted("{\"employee_count\": 1" + "0".repeat(5_000) + "}")),
                        "application/json", 400, "a number longer than 1000 digits"),
                new Case("an evaluation date in year 999999999", utf8(shoeShop.replace("2026-11-28", "+999999999-12-31")),
                        "application/json", 400, "expected a date as YYYY-MM-DD"),
                new Case("10,000 unknown questions", utf8(answers.formatted(unknownKeys(10_000))), "application/json", 400,
                        "more invalid answer(s) not listed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void shouldAnswerEachKindOfBadBodyWithAProblemNamingIt(Case bad) {
        Response response = post("/api/v1/evaluations", RestAssured.given(), bad.body(), bad.contentType());
        assertThat(response.statusCode()).as(bad.name() + ": " + response.asString()).isEqualTo(bad.status());
        assertAnsweredProperly(response, bad.name());
        if (bad.reason() != null) {
            assertThat(response.asString()).contains(bad.reason());
        }
    }

    @Test
    void shouldAnswerGeneratedAndMutatedAnswerSetsWithAResultOrAProblem() {
        AnswerSets answerSets = new AnswerSets(CORE);
        AnswerMutations mutations = new AnswerMutations(CORE, 5_000, 900);
        Tries.run("POST /api/v1/evaluations answers mutated bodies with a result or a problem", 60, seed -> {
            Choices choices = Choices.seeded(seed);
            ObjectNode valid = answerSets.valid(choices);
            JsonNode answers = choices.percent(20) ? valid : mutations.mutate(valid, choices).answers();
            byte[] body = request(answers, choices.percent(50));
            if (choices.percent(30)) {
                body = mutateBytes(body, choices);
            }
            Response response = post("/api/v1/evaluations", RestAssured.given(), body, "application/json");
            assertAnsweredProperly(response, new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8));
        });
    }

    @Test
    void shouldStoreValidAnswersExactlyAsSentAndRefuseMutatedOnes() {
        AnswerSets answerSets = new AnswerSets(CORE);
        AnswerMutations mutations = new AnswerMutations(CORE, 200, 200);
        Tries.run("POST /api/v1/assessments stores answers as sent or refuses them", 15, seed -> {
            Choices choices = Choices.seeded(seed);
            ObjectNode valid = answerSets.valid(choices);
            JsonNode answers = choices.percent(50) ? valid : mutations.mutate(valid, choices).answers();
            Response response = post("/api/v1/assessments", workspace.given(), request(answers, true), "application/json");
            assertAnsweredProperly(response, answers.toString());
            if (response.statusCode() == 201) {
                JsonNode stored = readJson(workspace.given().get("/api/v1/assessments/" + response.path("id")).then()
                        .statusCode(200).extract().asString()).get("answers");
                assertThat(stored).isEqualTo(answers);
            }
        });
    }

    @Test
    void shouldStartAndPatchDraftsWithMutatedAnswersOrRefuseThem() {
        String organisation = workspace.given().contentType("application/json")
                .body("{\"name\": \"Fuzzed Shoes GmbH\", \"country\": \"DE\"}").post("/api/v1/organisations")
                .then().statusCode(201).extract().path("id");
        AnswerSets answerSets = new AnswerSets(CORE);
        AnswerMutations mutations = new AnswerMutations(CORE, 200, 200);
        Tries.run("drafts take mutated answers or refuse them", 10, seed -> {
            Choices choices = Choices.seeded(seed);
            ObjectNode draftRequest = JSON.createObjectNode();
            draftRequest.set("answers", mutations.mutate(answerSets.valid(choices), choices).answers());
            Response started = post("/api/v1/organisations/" + organisation + "/drafts", workspace.given(),
                    utf8(draftRequest.toString()), "application/json");
            assertAnsweredProperly(started, draftRequest.toString());
            String draft = started.statusCode() == 201 ? started.path("id")
                    : workspace.given().contentType("application/json").body("{}").post("/api/v1/organisations/" + organisation
                            + "/drafts").then().statusCode(201).extract().path("id");
            JsonNode patch = mutations.mutate(answerSets.valid(choices), choices).answers();
            Response patched = workspace.given().config(HANG_DETECTOR).contentType("application/merge-patch+json")
                    .body(request(patch, true)).patch("/api/v1/drafts/" + draft);
            assertAnsweredProperly(patched, patch.toString());
        });
    }

    private static Response post(String path, RequestSpecification request, byte[] body, String contentType) {
        return request.config(HANG_DETECTOR).contentType(contentType).header("Accept-Language", "en").body(body).post(path);
    }

    /** A 2xx, or a 4xx problem+json that says what is wrong; a result's findings are checks of the catalogue. */
    private void assertAnsweredProperly(Response response, String sent) {
        int status = response.statusCode();
        assertThat(status).as("status for %s: %s", sent, response.asString()).isBetween(200, 499);
        if (status >= 400) {
            assertThat(response.contentType()).as(sent).startsWith("application/problem+json");
            JsonNode problem = readJson(response.asString());
            assertThat(problem.path("status").asInt()).isEqualTo(status);
            assertThat(problem.path("title").asText()).isNotBlank();
            assertThat(problem.path("detail").asText()).isNotBlank().doesNotContain("Exception");
            if (status == 400) {
                assertThat(problem.path("errors")).as("errors of %s", problem).isNotEmpty()
                        .allSatisfy(error -> assertThat(error.path("reason").asText()).isNotBlank());
            }
        } else {
            JsonNode result = readJson(response.asString());
            List<String> findings = new ArrayList<>();
            result.path("findings").forEach(finding -> findings.add(finding.path("ruleId").asText()));
            assertThat(catalogue).containsAll(findings);
        }
    }

    private static byte[] request(JsonNode answers, boolean escapeNonAscii) {
        ObjectNode request = JSON.createObjectNode().put("questionnaire", "core").put("evaluationDate", "2026-11-28");
        request.set("answers", answers);
        try {
            return (escapeNonAscii ? ESCAPING_JSON : JSON).writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes of a body, broken: cut short, a byte changed, invalid UTF-8 or a byte-order mark put in, a part repeated. */
    private static byte[] mutateBytes(byte[] body, Choices choices) {
        int at = choices.below(body.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (choices.below(5)) {
            case 0 -> out.write(body, 0, at);
            case 1 -> {
                byte[] changed = body.clone();
                changed[Math.min(at, body.length - 1)] = (byte) choices.below(256);
                out.writeBytes(changed);
            }
            case 2 -> {
                out.write(body, 0, at);
                out.writeBytes(choices.oneOf(List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0x80},
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82}, BOM)));
                out.write(body, at, body.length - at);
            }
            case 3 -> {
                out.writeBytes(BOM);
                out.writeBytes(body);
            }
            default -> {
                int length = choices.below(Math.max(1, body.length - at) + 1);
                out.write(body, 0, at);
                out.write(body, at, Math.min(length, body.length - at));
                out.write(body, at, body.length - at);
            }
        }
        return out.toByteArray();
    }

    private static String unknownKeys(int count) {
        StringBuilder keys = new StringBuilder("{");
        for (int key = 0; key < count; key++) {
            keys.append(key == 0 ? "" : ",").append("\"q").append(key).append("\": 1");
        }
        return keys.append('}').toString();
    }

    private static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] utf8ToLatin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] utf16(String text) {
        return text.getBytes(StandardCharsets.UTF_16);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
