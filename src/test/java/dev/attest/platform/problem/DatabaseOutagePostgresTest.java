package dev.attest.platform.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.attest.support.ExampleFiles;
import dev.attest.support.PostgresProfile;
import dev.attest.support.PostgresServer;
import dev.attest.support.PostgresTestResource;
import dev.attest.support.TestWorkspace;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * PostgreSQL stopped the way a crash stops it, with requests in flight: they and every request after them get a
 * quick 503 problem, nothing is half-stored, readiness turns DOWN; once PostgreSQL is back on its port the same
 * application answers again at once, with everything stored before the crash intact.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class DatabaseOutagePostgresTest {

    private static final int IN_FLIGHT = 3;
    /** Concurrent requests: before the crash they leave connections in the pool that the crash breaks. */
    private static final int BURST = 8;
    /** Far above what the answers take (about a second); a request hanging on the dead database would pass it. */
    private static final Duration QUICK = Duration.ofSeconds(10);

    @ConfigProperty(name = PostgresTestResource.DATA_DIR)
    String dataDir;

    @ConfigProperty(name = PostgresTestResource.PORT)
    int port;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Inject
    AgroalDataSource dataSource;

    private final TestWorkspace workspace = TestWorkspace.named("Outage");
    private final ExecutorService clients = Executors.newFixedThreadPool(BURST);
    private PostgresServer server;

    @AfterEach
    void stopClientsAndLeavePostgresRunning() {
        clients.shutdownNow();
        if (server != null && !server.isRunning()) {
            server.startServer();
        }
    }

    @Test
    void shouldAnswer503WhilePostgresIsDownAndRecoverWithoutARestartWhenItIsBack() throws Exception {
        server = PostgresServer.attach(Path.of(dataDir), port);
        assertThat(dataSource.getConfiguration().connectionPoolConfiguration().validateOnBorrow())
                .as("PostgreSQL connections are not checked on every borrow (that is H2's default)").isFalse();
        Response first = postAssessment();
        assertThat(first.statusCode()).as("first assessment").isEqualTo(201);
        String firstId = first.path("id");
        String firstStored = workspace.given().when().get("/api/v1/assessments/" + firstId).then().statusCode(200).extract().asString();
        for (Response listing : concurrently(this::listAssessments)) {
            assertThat(listing.statusCode()).isEqualTo(200);
        }

        crashWithAssessmentsInFlight();
        showTheOutage(firstId);
        server.startServer();

        // pg_ctl waited until PostgreSQL accepts connections. The pooled ones the crash broke are not handed out again:
        // the first requests succeed, without readiness probes having weeded them out first and without the pool's
        // validation of idle connections (PostgresProfile puts it out of reach): the first broken connection closed the
        // idle ones.
        for (Response after : concurrently(this::postAssessment)) {
            assertThat(after.statusCode()).as("assessment after the restart").isEqualTo(201);
        }
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        workspace.given().when().get("/api/v1/assessments/" + firstId).then().statusCode(200).body(equalTo(firstStored));
        // The first assessment and those after the restart: none of the requests the crash cut off left a row.
        listAssessments().then().statusCode(200).body("total", equalTo(1 + BURST));
        assertThat(count("select count(*) from assessment where workspace_id = '" + workspace.id() + "'"))
                .as("rows in the database itself").isEqualTo(1 + BURST);
    }

    /** Holds new assessments at their insert with a table lock, crashes PostgreSQL, and checks what they answer. */
    private void crashWithAssessmentsInFlight() throws Exception {
        List<Future<Timed>> inFlight = new ArrayList<>();
        long crashedAt;
        try (Connection locker = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            locker.setAutoCommit(false);
            try (Statement lock = locker.createStatement()) {
                lock.execute("lock table assessment in exclusive mode");
            }
            for (int i = 0; i < IN_FLIGHT; i++) {
                inFlight.add(clients.submit(() -> Timed.of(this::postAssessment)));
            }
            awaitWaitingOnTheLock(IN_FLIGHT);
            assertThat(count("select count(*) from pg_stat_activity where state = 'idle' and backend_type = 'client backend'"))
                    .as("idle pooled connections for the crash to break").isGreaterThanOrEqualTo(2);
            crashedAt = System.nanoTime();
            server.crash();
        } catch (SQLException closingTheLockersDeadConnection) {
            crashedAt = System.nanoTime();
        }
        for (Future<Timed> request : inFlight) {
            Timed answer = request.get(QUICK.toSeconds() + 30, TimeUnit.SECONDS);
            assertUnavailable(answer.response());
            assertThat(Duration.ofNanos(answer.endedAt() - crashedAt)).as("in-flight request answered after the crash")
                    .isLessThan(QUICK);
        }
    }

    private void showTheOutage(String storedId) {
        Timed whileDown = Timed.of(this::postAssessment);
        assertUnavailable(whileDown.response());
        assertThat(whileDown.duration()).as("a new request while PostgreSQL is down").isLessThan(QUICK);
        assertUnavailable(workspace.given().when().get("/api/v1/assessments/" + storedId));
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("DOWN"));
        // Evaluations store nothing, so they go on without the database.
        given().contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop"))
                .when().post("/api/v1/evaluations")
                .then().statusCode(200)
                .body("findings.ruleId", hasItem("GDPR-ART7-PRETICKED"));
    }

    private Response postAssessment() {
        return workspace.given().contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop"))
                .when().post("/api/v1/assessments")
                .then().extract().response();
    }

    private Response listAssessments() {
        return workspace.given().when().get("/api/v1/assessments").then().extract().response();
    }

    private List<Response> concurrently(Callable<Response> request) throws Exception {
        List<Future<Response>> started = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            started.add(clients.submit(request));
        }
        List<Response> answers = new ArrayList<>();
        for (Future<Response> answer : started) {
            answers.add(answer.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }

    private static void assertUnavailable(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(503);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.header("Retry-After")).isEqualTo("5");
        assertThat(response.<String>path("type")).isEqualTo("urn:attest:problem:database-unavailable");
        assertThat(response.<String>path("detail")).isEqualTo("The database cannot be used just now; nothing of this "
                + "request was stored. Try again in 5 s.");
    }

    /** Polls from a session of its own: inside a transaction, pg_stat_activity shows the same snapshot every time. */
    private void awaitWaitingOnTheLock(int expected) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (count("select count(*) from pg_stat_activity where wait_event_type = 'Lock'") >= expected) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The assessments never reached the locked table");
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A response with when its request started and ended. */
    private record Timed(Response response, long startedAt, long endedAt) {

        static Timed of(Supplier<Response> request) {
            long started = System.nanoTime();
            Response response = request.get();
            return new Timed(response, started, System.nanoTime());
        }

        Duration duration() {
            return Duration.ofNanos(endedAt - startedAt);
        }
    }
}
