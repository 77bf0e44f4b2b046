package dev.attest.transfer.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;

import dev.attest.actionplan.RemediationTask;
import dev.attest.assessment.Assessment;
import dev.attest.draft.Draft;
import dev.attest.organisation.Organisation;
import dev.attest.rules.ArchivedRulebase;
import dev.attest.schedule.ScheduledReassessment;
import dev.attest.support.TestWorkspace;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;

/** An import document refused field by field, with nothing of it stored. */
final class ImportRefusal {

    private ImportRefusal() {
    }

    /** The document is refused naming exactly these fields, and nothing of it is stored in {@code into}. */
    static void refused(TestWorkspace into, JsonNode document, String... pointers) {
        long archived = QuarkusTransaction.requiringNew().call(() -> ArchivedRulebase.count());
        into.given().contentType(ContentType.JSON).body(document.toString())
                .post("/api/v1/organisations/import")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", containsInAnyOrder(pointers));
        into.given().get("/api/v1/organisations").then().body("total", equalTo(0));
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(Organisation.count("workspaceId", into.id())).isZero();
            assertThat(Assessment.count("workspaceId", into.id())).isZero();
            assertThat(RemediationTask.count("workspaceId", into.id())).isZero();
            assertThat(Draft.count("workspaceId", into.id())).isZero();
            assertThat(ScheduledReassessment.count("workspaceId", into.id())).isZero();
            assertThat(ArchivedRulebase.count()).isEqualTo(archived);
        });
    }
}
