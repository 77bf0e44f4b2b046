package dev.attest.draft.service;

import dev.attest.draft.Draft;

/** A draft just created, with its resume token: the only time the token is known to the service. */
public record NewDraft(Draft draft, String token) {
}
