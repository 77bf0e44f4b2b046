package dev.attest.actionplan.rest;

import dev.attest.support.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same action-plan tests on a real PostgreSQL server, where the V5 table and its constraints also live. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ActionPlanResourcePostgresTest extends ActionPlanResourceTest {
}
