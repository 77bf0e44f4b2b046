package dev.attest.organisation.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a page of organisations, so generated clients get typed items; served as a PagedList. */
@Schema(name = "OrganisationPage", description = "One page of organisations: `page` counts from 0; `total` counts every match")
public record OrganisationPage(List<OrganisationView> items, int page, int size, long total) {
}
