package dev.attest.transfer.rest;

import dev.attest.support.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same erasure tests on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class OrganisationErasurePostgresTest extends OrganisationErasureTest {
}
