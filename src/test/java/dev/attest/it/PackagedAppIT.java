package dev.attest.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged application the way the README does, on its embedded H2 file database. */
class PackagedAppIT {

    private static final Duration START = Duration.ofSeconds(90);
    private static final String ADMIN_KEY = "it-admin-key";

    @TempDir
    Path work;

    @Test
    void shouldKeepAStoredAssessmentAcrossACrashAndRestart() throws Exception {
        String example = Files.readString(Path.of("examples", "shoe-shop.json"));
        String id;
        String stored;
        String key;
        try (PackagedApp app = new PackagedApp(properties(), work.resolve("first.log")).start().awaitReady(START)) {
            HttpResponse<String> workspace = app.post("/api/v1/admin/workspaces", "{\"name\": \"IT\"}", ADMIN_KEY);
            assertThat(workspace.statusCode()).as(workspace.body()).isEqualTo(201);
            key = workspace.body().replaceAll("(?s).*\"key\":\"(atk_[^\"]+)\".*", "$1");
            HttpResponse<String> created = app.post("/api/v1/assessments", example, key);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            id = created.body().replaceAll("(?s)^\\{\"id\":\"([^\"]+)\".*", "$1");
            stored = created.body();
            assertThat(stored).contains("GDPR-ART7-PRETICKED");
            // Killed at once, as a crash would: what the service confirmed with 201 must survive.
            app.kill();
        }
        try (PackagedApp app = new PackagedApp(properties(), work.resolve("second.log")).start().awaitReady(START)) {
            // The key, kept only as its hash, still opens the workspace after the restart.
            HttpResponse<String> read = app.get("/api/v1/assessments/" + id, key);
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).isEqualTo(stored);
        }
    }

    @Test
    void shouldResumeADraftFromItsLinkAfterARestart() throws Exception {
        String step;
        try (PackagedApp app = new PackagedApp(properties(), work.resolve("draft.log")).start().awaitReady(START)) {
            WebForm form = new WebForm(app.baseUri());
            String created = form.post("/drafts", form.csrfOf(form.get("/")), Map.of());
            assertThat(created).as("a new draft redirects to its first step").contains("/d/");
            step = created.replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");
            String page = form.get(step);
            form.post(step, form.csrfOf(page), Map.of("section", "organisation", "q.org_role", "controller",
                    "q.eu_establishment", "yes", "action", "next"));
            app.kill();
        }
        try (PackagedApp app = new PackagedApp(properties(), work.resolve("draft-after.log")).start().awaitReady(START)) {
            String resumed = new WebForm(app.baseUri()).get(step);
            assertThat(resumed).containsPattern("value=\"controller\"\\s+checked");
            assertThat(resumed).containsPattern("value=\"yes\"\\s+checked");
        }
    }

    @Test
    void shouldWriteNoKeyAnswerOrPersonalDataToItsLog() throws Exception {
        String person = "jane.roe.4711@example.org";
        Map<String, String> properties = properties();
        // Our own classes at their most talkative: even debug lines must not carry secrets.
        properties.put("quarkus.log.category.\"dev.attest\".level", "DEBUG");
        String key;
        String secondKey;
        String output;
        try (PackagedApp app = new PackagedApp(properties, work.resolve("secrets.log")).start().awaitReady(START)) {
            HttpResponse<String> workspace = app.post("/api/v1/admin/workspaces", "{\"name\": \"Log IT\"}", ADMIN_KEY);
            key = keyOf(workspace.body());
            secondKey = keyOf(app.post("/api/v1/keys", "{\"name\": \"second\"}", key).body());
            String organisation = app.post("/api/v1/organisations", "{\"name\": \"Roe Shoes\", \"country\": \"DE\", "
                    + "\"contacts\": [{\"name\": \"Jane Roe\", \"email\": \"" + person + "\"}]}", key).body();
            assertThat(organisation).contains(person);
            String answers = Files.readString(Path.of("examples", "shoe-shop.json"));
            assertThat(app.post("/api/v1/assessments", answers, key).statusCode()).isEqualTo(201);
            // Refused requests are where secrets tend to leak into logs: bad answers, broken JSON, wrong keys.
            String badAnswer = answers.replaceFirst("\"answers\"\\s*:\\s*\\{", "\"answers\": {\"contact_email\": \"" + person + "\", ");
            assertThat(app.post("/api/v1/assessments", badAnswer, key).statusCode()).isEqualTo(400);
            assertThat(app.post("/api/v1/assessments", "{\"answers\": {\"x\": \"" + person, key).statusCode()).isEqualTo(400);
            String wrongSecret = key.substring(0, 21) + "Z".repeat(key.length() - 21);
            assertThat(app.get("/api/v1/workspace", wrongSecret).statusCode()).isEqualTo(401);
            assertThat(app.get("/api/v1/workspace", ADMIN_KEY).statusCode()).isEqualTo(401);
            output = app.output();
        }
        // The refusal was logged, by the key's public prefix...
        assertThat(output).contains(key.substring(0, 20));
        // ...but no secret, no admin key and nothing the client told us.
        assertThat(output).doesNotContain(key.substring(21)).doesNotContain(secondKey.substring(21))
                .doesNotContain("Z".repeat(20)).doesNotContain(ADMIN_KEY).doesNotContain(person).doesNotContain("Jane Roe");
    }

    private static String keyOf(String body) {
        assertThat(body).contains("atk_");
        return body.replaceAll("(?s).*\"key\":\"(atk_[^\"]+)\".*", "$1");
    }

    @Test
    void shouldServeHealthOnTheEmbeddedDatabase() throws Exception {
        try (PackagedApp app = new PackagedApp(properties(), work.resolve("health.log")).start().awaitReady(START)) {
            HttpResponse<String> health = app.get("/q/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\": \"UP\"");
            assertThat(Files.list(work.resolve("db")).toList()).isNotEmpty();
        }
    }

    @Test
    void shouldRefuseToStartWithAMalformedQuestionnaire() throws Exception {
        Path questionnaires = Files.createDirectories(work.resolve("questionnaires"));
        Path core = Files.createDirectories(questionnaires.resolve("core"));
        try (var files = Files.list(Path.of("questionnaires", "core"))) {
            for (Path file : files.toList()) {
                Files.copy(file, core.resolve(file.getFileName().toString()));
            }
        }
        Files.writeString(questionnaires.resolve("broken.yaml"), """
                id: broken
                title: {en: Broken, ru: Сломанный}
                sections:
                  - id: only
                    title: {en: Only, ru: Единственный}
                    questions:
                      - id: colour
                        type: colour-picker
                        label: {en: "Colour?", ru: "Цвет?"}
                """);
        Map<String, String> properties = properties();
        properties.put("attest.questionnaires.dir", questionnaires.toString());
        try (PackagedApp app = new PackagedApp(properties, work.resolve("broken.log")).start()) {
            assertThat(app.awaitExit(START)).isNotZero();
            assertThat(app.output()).contains("broken.yaml").contains("question 'colour'").contains("colour-picker");
        }
    }

    private Map<String, String> properties() throws IOException {
        Map<String, String> properties = new HashMap<>();
        properties.put("quarkus.datasource.jdbc.url", "jdbc:h2:file:" + work.resolve("db").resolve("attest")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0");
        properties.put("attest.rules.dir", Path.of("rules").toAbsolutePath().toString());
        properties.put("attest.admin.key", ADMIN_KEY);
        properties.put("attest.questionnaires.dir", Path.of("questionnaires").toAbsolutePath().toString());
        return properties;
    }
}
