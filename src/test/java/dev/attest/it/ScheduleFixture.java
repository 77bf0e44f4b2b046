package dev.attest.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The packaged PostgreSQL build of Attest with its clock on {@link #TODAY}, and the organisation every seeded one
 * is cloned from: the shoe shop, assessed through the API a year before, so due today on its twelve-month cadence.
 */
public final class ScheduleFixture {

    public static final String ADMIN_KEY = "it-admin-key";
    public static final LocalDate TODAY = LocalDate.parse("2027-11-29");
    public static final LocalDate A_YEAR_AGO = TODAY.minusYears(1);
    public static final String RUNS = "/api/v1/admin/reassessments/runs";
    /** How long a whole run may take before the HTTP client gives up; a run is answered when it is done. */
    public static final Duration RUN_TIMEOUT = Duration.ofMinutes(30);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The organisation and its one assessment, stored through the API. */
    public record Template(String organisationId, String assessmentId) {
    }

    private ScheduleFixture() {
    }

    /** Run-time properties of one instance named {@code instance}, on the PostgreSQL at {@code jdbcUrl}. */
    public static Map<String, String> properties(String jdbcUrl, String instance) {
        Map<String, String> properties = new HashMap<>();
        properties.put("quarkus.datasource.jdbc.url", jdbcUrl);
        properties.put("quarkus.datasource.username", "postgres");
        properties.put("quarkus.datasource.password", "");
        properties.put("attest.admin.key", ADMIN_KEY);
        properties.put("attest.rules.dir", Path.of("rules").toAbsolutePath().toString());
        properties.put("attest.questionnaires.dir", Path.of("questionnaires").toAbsolutePath().toString());
        properties.put("attest.schedule.instance", instance);
        // Runs start through the admin endpoint only, so the test decides when and where.
        properties.put("attest.schedule.cron", "off");
        properties.put("attest.clock.fixed", TODAY + "T10:00:00Z");
        // Notices are queued by the run (that is what is measured and counted); sending them is the pollers' later
        // work, off here so that no mail server or receiver is needed.
        properties.put("attest.webhooks.poll", "off");
        properties.put("attest.mail-outbox.poll", "off");
        return properties;
    }

    /**
     * Creates a workspace and in it the organisation to clone, assessed a year ago, then pauses it so that runs
     * count only its clones.
     */
    public static Template template(PackagedApp app, String workspaceName) throws IOException, InterruptedException {
        HttpResponse<String> workspace = app.post("/api/v1/admin/workspaces", "{\"name\": \"" + workspaceName + "\"}", ADMIN_KEY);
        assertThat(workspace.statusCode()).as(workspace.body()).isEqualTo(201);
        String key = workspace.body().replaceAll("(?s).*\"key\":\"(atk_[^\"]+)\".*", "$1");
        HttpResponse<String> webhook = app.post("/api/v1/webhooks", "{\"url\": \"https://hooks.example.com/attest\"}", key);
        assertThat(webhook.statusCode()).as(webhook.body()).isEqualTo(201);
        // A contact, so that each re-assessment queues a result e-mail as well as its webhook event.
        HttpResponse<String> organisation = app.post("/api/v1/organisations", "{\"name\": \"Template Schuhe GmbH\", "
                + "\"country\": \"DE\", \"contacts\": [{\"name\": \"Anna Becker\", \"email\": \"anna@example.de\"}]}", key);
        assertThat(organisation.statusCode()).as(organisation.body()).isEqualTo(201);
        String organisationId = json(organisation).path("id").asText();
        ObjectNode request = (ObjectNode) JSON.readTree(Files.readString(Path.of("examples", "shoe-shop.json")));
        request.put("evaluationDate", A_YEAR_AGO.toString());
        HttpResponse<String> assessment = app.post("/api/v1/organisations/" + organisationId + "/assessments", request.toString(), key);
        assertThat(assessment.statusCode()).as(assessment.body()).isEqualTo(201);
        HttpResponse<String> paused = app.put( "/api/v1/organisations/" + organisationId + "/schedule", "{\"paused\": true}", key);
        assertThat(paused.statusCode()).as(paused.body()).isEqualTo(200);
        return new Template(organisationId, json(assessment).path("id").asText());
    }

    /** Runs the job now on {@code app} and answers its summary. */
    public static JsonNode run(PackagedApp app) throws IOException, InterruptedException {
        HttpResponse<String> run = app.post(RUNS, "", ADMIN_KEY, RUN_TIMEOUT);
        assertThat(run.statusCode()).as("the run on %s answered: %s", app.baseUri(), run.body()).isEqualTo(200);
        return json(run);
    }

    public static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }
}
