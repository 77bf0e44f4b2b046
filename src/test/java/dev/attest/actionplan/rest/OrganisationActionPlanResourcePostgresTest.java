package dev.attest.actionplan.rest;

import dev.attest.support.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same organisation action-plan tests on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class OrganisationActionPlanResourcePostgresTest extends OrganisationActionPlanResourceTest {
}
