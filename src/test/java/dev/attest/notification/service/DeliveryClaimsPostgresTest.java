package dev.attest.notification.service;

import dev.attest.support.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Concurrent claims on a real PostgreSQL server, where two instances would share the database. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class DeliveryClaimsPostgresTest extends DeliveryClaimsTest {
}
