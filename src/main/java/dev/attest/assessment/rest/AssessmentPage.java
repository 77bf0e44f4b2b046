package dev.attest.assessment.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.attest.assessment.AssessmentSummary;

/** The OpenAPI shape of a page of assessments, so generated clients get typed items; served as a PagedList. */
@Schema(name = "AssessmentPage", description = "One page of assessments: `page` counts from 0; `total` counts every match")
public record AssessmentPage(List<AssessmentSummary> items, int page, int size, long total) {
}
