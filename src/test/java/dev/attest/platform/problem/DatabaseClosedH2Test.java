package dev.attest.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import dev.attest.support.ExampleFiles;
import dev.attest.support.H2FileProfile;
import dev.attest.support.TestWorkspace;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * H2 closes its database itself when a write fails (a full disk), on whichever thread wrote, the scheduler's
 * included. Every pooled connection is then dead, also the one a request gave back a moment ago. The next request must
 * still succeed: it gets a connection checked on the way out of the pool, which opens the database again. DiskFullIT
 * shows the whole disk-full story on the packaged application.
 */
@QuarkusTest
@TestProfile(H2FileProfile.class)
class DatabaseClosedH2Test {

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private final TestWorkspace workspace = TestWorkspace.named("H2 closed");

    @Test
    void shouldStoreTheNextAssessmentRightAfterH2ClosedItsDatabase() throws Exception {
        Response first = postAssessment();
        assertThat(first.statusCode()).as(first.asString()).isEqualTo(201);

        // Within the pool's validation interval of the request above: its connection comes back unchecked unless every
        // borrow is checked.
        closeTheDatabase();
        Response next = postAssessment();

        assertThat(next.statusCode()).as("the first request after H2 closed: %s", next.asString()).isEqualTo(201);
        workspace.given().when().get("/api/v1/assessments/" + first.path("id"))
                .then().statusCode(200).body(equalTo(first.asString()));
        workspace.given().when().get("/api/v1/assessments").then().statusCode(200).body("total", equalTo(2));
    }

    /** What H2 does after a failed write, done here by a session of the test's own in the same process. */
    private void closeTheDatabase() throws Exception {
        try (Connection own = DriverManager.getConnection(H2FileProfile.JDBC_URL, user, password);
                Statement shutdown = own.createStatement()) {
            shutdown.execute("shutdown");
        }
    }

    private Response postAssessment() {
        return workspace.given().contentType(ContentType.JSON).body(ExampleFiles.body("shoe-shop"))
                .when().post("/api/v1/assessments")
                .then().extract().response();
    }
}
