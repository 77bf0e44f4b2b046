package dev.attest.transfer.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a page of erasure records; served as a PagedList. */
@Schema(name = "ErasurePage", description = "One page of erasure records, latest first: `page` counts from 0; `total` counts all")
public record ErasurePage(List<ErasureView> items, int page, int size, long total) {
}
