package dev.attest.transfer.service;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import dev.attest.organisation.Organisation;
import dev.attest.platform.paging.PagedList;
import dev.attest.platform.paging.Paging;
import dev.attest.transfer.ErasureRecord;
import dev.attest.workspace.CurrentWorkspace;

/**
 * Erases an organisation of the current workspace and everything stored about it, and records that it did so without
 * keeping any of what was erased.
 */
@ApplicationScoped
public class ErasureService {

    /** The assessments of the organisation being erased, for tables that hang off an assessment. */
    private static final String ITS_ASSESSMENTS = "(select id from assessment where organisation_id = :organisation)";

    /**
     * Every table holding rows about an organisation, as one delete each, children before parents; the table name is
     * what the erasure record counts. A new table that references an organisation (or one of its assessments) gets its
     * line here, before the table it references, or erasure fails on the foreign key.
     */
    static final List<Deletion> DELETIONS = List.of(
            new Deletion("draft", "delete from draft where organisation_id = :organisation"),
            new Deletion("remediation_task", "delete from remediation_task where organisation_id = :organisation"),
            new Deletion("scheduled_reassessment", "delete from scheduled_reassessment where organisation_id = :organisation"),
            new Deletion("reassessment_reminder", "delete from reassessment_reminder where subject_kind = 'organisation' and subject_id = :organisation"),
            new Deletion("action_plan_step", "delete from action_plan_step where assessment_id in " + ITS_ASSESSMENTS),
            new Deletion("assessment_framework", "delete from assessment_framework where assessment_id in " + ITS_ASSESSMENTS),
            new Deletion("assessment", "delete from assessment where organisation_id = :organisation"),
            new Deletion("organisation", "delete from organisation where id = :organisation"));

    @Inject
    CurrentWorkspace workspace;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** The record of the erasure; empty when the workspace has no such organisation. */
    @Transactional
    public Optional<ErasureRecord> eraseOrganisation(String id) {
        if (Organisation.findInWorkspace(workspace.id(), id).isEmpty()) {
            return Optional.empty();
        }
        entityManager.flush();
        entityManager.clear();
        // Re-assessments link to the assessment they re-ran: unlinked first, the assessments go in any order.
        entityManager.createNativeQuery("update assessment set previous_assessment_id = null where organisation_id = :organisation")
                .setParameter("organisation", id).executeUpdate();
        Map<String, Integer> deleted = new LinkedHashMap<>();
        for (Deletion deletion : DELETIONS) {
            deleted.put(deletion.table(), entityManager.createNativeQuery(deletion.statement())
                    .setParameter("organisation", id).executeUpdate());
        }
        ErasureRecord record = new ErasureRecord();
        record.id = UUID.randomUUID().toString();
        record.workspaceId = workspace.id();
        record.subjectType = ErasureRecord.ORGANISATION;
        record.subjectId = id;
        record.erasedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        record.erasedByKeyPrefix = workspace.keyPrefix().orElse(null);
        record.deletedRows = write(deleted);
        record.persist();
        return Optional.of(record);
    }

    /** The workspace's erasure records, latest first. */
    @Transactional
    public PagedList<ErasureRecord> list(Paging paging) {
        PanacheQuery<ErasureRecord> query = ErasureRecord.find("workspaceId", Sort.descending("erasedAt", "id"), workspace.id());
        return new PagedList<>(query.page(Page.of(paging.page(), paging.size())).list(), paging.page(), paging.size(),
                query.count());
    }

    private String write(Map<String, Integer> counts) {
        try {
            return json.writeValueAsString(counts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Erasure counts could not be written as JSON", e);
        }
    }

    /** One delete statement, with {@code :organisation} for the erased organisation's id. */
    record Deletion(String table, String statement) {
    }
}
