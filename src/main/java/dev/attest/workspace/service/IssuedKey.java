package dev.attest.workspace.service;

import dev.attest.workspace.ApiKey;

/** A key just created: the stored record and the key itself, which is shown this once and never again. */
public record IssuedKey(ApiKey stored, String key) {
}
