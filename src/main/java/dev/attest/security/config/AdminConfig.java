package dev.attest.security.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** The operator's key for administrative endpoints ({@code /api/v1/admin/...}). */
@ConfigMapping(prefix = "attest.admin")
public interface AdminConfig {

    /** Bearer key for admin endpoints; unset disables them. Set it through {@code ATTEST_ADMIN_KEY}. */
    Optional<String> key();
}
