package dev.attest.workspace.rest;

import dev.attest.support.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Workspaces and keys on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class KeyResourcePostgresTest extends KeyResourceTest {
}
