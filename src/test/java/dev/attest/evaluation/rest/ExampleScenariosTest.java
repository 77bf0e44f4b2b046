package dev.attest.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Whole-business scenarios: every {@code examples/<name>.json} beside a {@code <name>.expected.yaml} that lists
 * whether each framework {@code applies}, the exact {@code findings}, optionally reason codes per framework
 * ({@code reasons}) and the {@code worstSeverity} any finding may have.
 */
@QuarkusTest
class ExampleScenariosTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static Stream<String> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            List<String> names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".expected.yaml"))
                    .map(name -> name.substring(0, name.length() - ".expected.yaml".length()))
                    .sorted().toList();
            assertThat(names).isNotEmpty();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void shouldProduceTheExpectedFindings(String name) throws IOException {
        JsonNode expected = YAML.readTree(Path.of("examples", name + ".expected.yaml").toFile());
        JsonPath result = given().contentType(ContentType.JSON).body(Files.readString(Path.of("examples", name + ".json")))
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .extract().jsonPath();
        for (Map.Entry<String, JsonNode> framework : iterable(expected.path("applies"))) {
            assertThat(result.getBoolean("applicability.find { it.framework == '" + framework.getKey() + "' }.applies"))
                    .as("%s applies", framework.getKey()).isEqualTo(framework.getValue().asBoolean());
        }
        List<String> findings = new ArrayList<>();
        expected.path("findings").forEach(id -> findings.add(id.asText()));
        assertThat(result.getList("findings.ruleId", String.class)).as("findings of %s", name)
                .containsExactlyInAnyOrderElementsOf(findings);
        for (Map.Entry<String, JsonNode> framework : iterable(expected.path("reasons"))) {
            List<String> codes = new ArrayList<>();
            framework.getValue().forEach(code -> codes.add(code.asText()));
            assertThat(result.getList("applicability.find { it.framework == '" + framework.getKey() + "' }.reasons.code",
                    String.class)).as("%s reasons", framework.getKey()).containsAll(codes);
        }
        if (expected.has("worstSeverity")) {
            List<String> allowed = SEVERITIES.subList(SEVERITIES.indexOf(expected.get("worstSeverity").asText()), SEVERITIES.size());
            assertThat(result.getList("findings.severity", String.class)).as("severities of %s", name).allMatch(allowed::contains);
        }
    }

    /** Most severe first. */
    private static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low");

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}
