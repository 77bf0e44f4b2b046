package dev.attest.draft.rest;

import dev.attest.support.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same draft tests on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class DraftResourcePostgresTest extends DraftResourceTest {
}
