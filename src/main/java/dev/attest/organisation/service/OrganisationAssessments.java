package dev.attest.organisation.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.attest.assessment.AssessmentSummary;
import dev.attest.assessment.StoredAssessment;
import dev.attest.assessment.service.AssessmentFilter;
import dev.attest.assessment.service.AssessmentListing;
import dev.attest.assessment.service.AssessmentService;
import dev.attest.assessment.service.AssessmentSort;
import dev.attest.evaluation.rest.EvaluationRequest;
import dev.attest.organisation.Organisation;
import dev.attest.platform.paging.PagedList;
import dev.attest.platform.paging.Paging;
import dev.attest.workspace.CurrentWorkspace;

/** Assessments of one organisation of the current workspace; empty answers mean the workspace has no such organisation. */
@ApplicationScoped
public class OrganisationAssessments {

    @Inject
    CurrentWorkspace workspace;

    @Inject
    AssessmentService assessments;

    @Inject
    AssessmentListing listing;

    @Transactional
    public Optional<StoredAssessment> create(String organisationId, EvaluationRequest request) {
        return Organisation.findInWorkspace(workspace.id(), organisationId)
                .map(organisation -> assessments.create(request, organisation.id));
    }

    @Transactional
    public Optional<PagedList<AssessmentSummary>> list(String organisationId, AssessmentFilter filter,
            AssessmentSort sort, Paging paging) {
        return Organisation.findInWorkspace(workspace.id(), organisationId)
                .map(organisation -> listing.list(organisation.id, filter, sort, paging));
    }
}
