package dev.attest.notification.service;

import dev.attest.support.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same delivery tests on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class WebhookDeliveryPostgresTest extends WebhookDeliveryTest {
}
