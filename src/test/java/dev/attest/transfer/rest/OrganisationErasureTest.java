package dev.attest.transfer.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.attest.actionplan.ActionPlanStep;
import dev.attest.assessment.Assessment;
import dev.attest.organisation.Organisation;
import dev.attest.support.TestWorkspace;
import dev.attest.transfer.ErasureRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Erasing an organisation: everything about it is gone from the database, every former id answers 404, and the
 * erasure is recorded without any of the erased content. Another workspace can neither export nor erase it.
 */
@QuarkusTest
class OrganisationErasureTest {

    private static final String UNKNOWN = "00000000-0000-0000-0000-0000000000ff";

    private final TestWorkspace workspace = TestWorkspace.named("Erasing consultancy");
    private final TestWorkspace other = TestWorkspace.named("Other consultancy");

    @Test
    void shouldEraseTheOrganisationAndEverythingAboutIt() {
        TransferFixture client = new TransferFixture(workspace);
        TransferFixture kept = new TransferFixture(workspace);
        workspace.given().delete("/api/v1/organisations/" + client.organisation).then().statusCode(204);

        workspace.given().get("/api/v1/organisations/" + client.organisation).then().statusCode(404);
        workspace.given().get("/api/v1/organisations/" + client.organisation + "/export").then().statusCode(404);
        workspace.given().get("/api/v1/organisations/" + client.organisation + "/history").then().statusCode(404);
        workspace.given().delete("/api/v1/organisations/" + client.organisation).then().statusCode(404);
        for (String assessment : client.assessments()) {
            workspace.given().get("/api/v1/assessments/" + assessment).then().statusCode(404);
            workspace.given().get("/api/v1/assessments/" + assessment + "/action-plan").then().statusCode(404);
        }
        workspace.given().get("/api/v1/organisations").then()
                .body("items.id", equalTo(List.of(kept.organisation)));
        workspace.given().queryParam("size", 100).get("/api/v1/assessments").then()
                .body("items.id", not(hasItem(client.first))).body("items.id", not(hasItem(client.second)))
                .body("total", equalTo(kept.assessments().size()));

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(Organisation.<Organisation>findById(client.organisation)).isNull();
            assertThat(Assessment.count("organisationId", client.organisation)).isZero();
            assertThat(Assessment.count("id in ?1", client.assessments())).isZero();
            assertThat(ActionPlanStep.count("assessmentId in ?1", client.assessments())).isZero();
            assertThat(count("select count(*) from assessment_framework where assessment_id in (?1, ?2)", client)).isZero();
            // The other organisation is untouched.
            assertThat(ActionPlanStep.count("assessmentId in ?1", kept.assessments())).isEqualTo(3);
            assertThat(count("select count(*) from assessment_framework where assessment_id in (?1, ?2)", kept)).isPositive();
        });
    }

    @Test
    void shouldRecordTheErasureWithoutTheErasedContent() {
        // Everything an organisation can have: the fixture brings drafts, tasks in its plan, a re-assessment on request.
        TransferFixture client = new TransferFixture(workspace);
        String organisation = "/api/v1/organisations/" + client.organisation;
        int frameworks = QuarkusTransaction.requiringNew().call(() -> ((Number) Assessment.getEntityManager().createNativeQuery(
                "select count(*) from assessment_framework where assessment_id in (select id from assessment where organisation_id = ?1)")
                .setParameter(1, client.organisation).getSingleResult()).intValue());
        workspace.given().delete(organisation).then().statusCode(204);

        Response erasures = workspace.given().get("/api/v1/erasures");
        erasures.then().statusCode(200)
                .body("total", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].subjectType", equalTo("organisation"))
                .body("items[0].subjectId", equalTo(client.organisation))
                .body("items[0].erasedAt", equalTo("2026-11-28T10:00:00Z"))
                .body("items[0].erasedByKeyPrefix", equalTo(workspace.key().substring(0, 20)))
                .body("items[0].deletedRows", equalTo(Map.of("draft", 2, "remediation_task", 2, "scheduled_reassessment", 1,
                        "reassessment_reminder", 0, "action_plan_step", 3, "assessment_framework", frameworks,
                        "assessment", 4, "organisation", 1)));
        assertThat(erasures.asString()).doesNotContain("Kleine Schuhe", "anna.becker", client.first, client.second);
        QuarkusTransaction.requiringNew().run(() -> {
            ErasureRecord record = ErasureRecord.find("subjectId", client.organisation).singleResult();
            assertThat(record.workspaceId).isEqualTo(workspace.id());
            assertThat(record.deletedRows).doesNotContain("Kleine Schuhe");
        });
        other.given().get("/api/v1/erasures").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldNotLetAnotherWorkspaceExportOrEraseAnOrganisation() {
        TransferFixture client = new TransferFixture(workspace);
        for (String method : List.of("GET", "DELETE")) {
            String suffix = method.equals("GET") ? "/export" : "";
            Response foreign = other.given().request(method, "/api/v1/organisations/" + client.organisation + suffix);
            Response unknown = other.given().request(method, "/api/v1/organisations/" + UNKNOWN + suffix);
            assertThat(foreign.statusCode()).as(method).isEqualTo(404);
            assertThat(foreign.contentType()).as(method).startsWith("application/problem+json");
            assertThat(foreign.asString().replace(client.organisation, UNKNOWN)).as(method).isEqualTo(unknown.asString());
        }
        workspace.given().get("/api/v1/organisations/" + client.organisation).then().statusCode(200);
        workspace.given().get("/api/v1/assessments/" + client.first).then().statusCode(200);
        other.given().get("/api/v1/erasures").then().body("total", equalTo(0));
    }

    private static Long count(String sql, TransferFixture fixture) {
        EntityManager entityManager = Assessment.getEntityManager();
        return ((Number) entityManager.createNativeQuery(sql).setParameter(1, fixture.first).setParameter(2, fixture.second)
                .getSingleResult()).longValue();
    }
}
