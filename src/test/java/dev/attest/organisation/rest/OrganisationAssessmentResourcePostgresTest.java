package dev.attest.organisation.rest;

import dev.attest.support.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same listing and history tests on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class OrganisationAssessmentResourcePostgresTest extends OrganisationAssessmentResourceTest {
}
