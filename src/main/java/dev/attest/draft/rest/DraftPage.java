package dev.attest.draft.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a page of drafts, so generated clients get typed items; served as a PagedList. */
@Schema(name = "DraftPage", description = "One page of drafts: `page` counts from 0; `total` counts every match")
public record DraftPage(List<DraftView> items, int page, int size, long total) {
}
