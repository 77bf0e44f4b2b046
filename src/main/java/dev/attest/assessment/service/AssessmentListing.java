package dev.attest.assessment.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;

import dev.attest.assessment.Assessment;
import dev.attest.assessment.AssessmentSummary;
import dev.attest.platform.paging.PagedList;
import dev.attest.platform.paging.Paging;
import dev.attest.workspace.CurrentWorkspace;

/** Lists the current workspace's stored assessments, filtered and sorted in the database, one page at a time. */
@ApplicationScoped
public class AssessmentListing {

    @Inject
    CurrentWorkspace workspace;

    /** The workspace's assessments, or only those of {@code organisationId} when it is not null. */
    @Transactional
    public PagedList<AssessmentSummary> list(String organisationId, AssessmentFilter filter, AssessmentSort sort,
            Paging paging) {
        List<String> conditions = new ArrayList<>(List.of("workspaceId = :workspace"));
        Map<String, Object> parameters = new HashMap<>(Map.of("workspace", workspace.id()));
        add(conditions, parameters, "organisationId = :organisation", "organisation", organisationId);
        add(conditions, parameters, "evaluationDate >= :from", "from", filter.from());
        add(conditions, parameters, "evaluationDate <= :to", "to", filter.to());
        add(conditions, parameters, "band = :band", "band", filter.band());
        add(conditions, parameters, ":framework member of frameworks", "framework", filter.framework());
        PanacheQuery<Assessment> query = Assessment.find(String.join(" and ", conditions), sort.sort(), parameters);
        List<AssessmentSummary> items = query.page(Page.of(paging.page(), paging.size())).list().stream()
                .map(AssessmentSummary::of).toList();
        return new PagedList<>(items, paging.page(), paging.size(), query.count());
    }

    private static void add(List<String> conditions, Map<String, Object> parameters, String condition, String name,
            Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }
}
