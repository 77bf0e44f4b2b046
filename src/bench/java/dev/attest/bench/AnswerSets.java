package dev.attest.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.attest.questionnaire.ValidatedAnswers;

/** The request bodies of {@code examples/}, and larger businesses made from one by repeating its group rows. */
final class AnswerSets {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("examples");

    /** The repeated groups grown to reach a size, a row of each in turn. */
    private static final List<String> GROUPS = List.of("purposes", "vendors");

    private AnswerSets() {
    }

    /** Names of the example businesses: {@code examples/<name>.json}. */
    static List<String> exampleNames() {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode example(String name) {
        try {
            return (ObjectNode) JSON.readTree(EXAMPLES.resolve(name + ".json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LocalDate evaluationDate(JsonNode request) {
        return LocalDate.parse(request.path("evaluationDate").asText());
    }

    /**
     * The business of {@code base} with its purposes and vendors repeated (names numbered) until the validated answers
     * number at least {@code answers}; starting from one purpose and no vendor, so small sizes are reachable too.
     */
    static ObjectNode scaled(String base, int answers, EngineFixture fixture) {
        ObjectNode request = example(base);
        ObjectNode given = (ObjectNode) request.get("answers");
        List<ArrayNode> rows = GROUPS.stream().map(group -> (ArrayNode) given.get(group)).toList();
        ArrayNode purposes = given.putArray(GROUPS.get(0));
        purposes.add(rows.get(0).get(0).deepCopy());
        given.putArray(GROUPS.get(1));
        int added = 1;
        while (count(fixture, given) < answers) {
            String group = GROUPS.get(added % GROUPS.size());
            ArrayNode source = rows.get(added % GROUPS.size());
            ArrayNode target = (ArrayNode) given.get(group);
            ObjectNode row = (ObjectNode) source.get(target.size() % source.size()).deepCopy();
            row.put("name", row.path("name").asText() + " #" + (target.size() + 1));
            target.add(row);
            added++;
        }
        return request;
    }

    /** Answers as the rules receive them: each field of each group row is one. */
    static int count(EngineFixture fixture, JsonNode answers) {
        ValidatedAnswers validated = fixture.validate(answers);
        return validated.answers().size();
    }
}
