package dev.attest.assessment.rest;

import dev.attest.support.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same persistence tests on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class AssessmentResourcePostgresTest extends AssessmentResourceTest {
}
