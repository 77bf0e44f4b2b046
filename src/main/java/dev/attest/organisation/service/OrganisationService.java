package dev.attest.organisation.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;

import dev.attest.organisation.Organisation;
import dev.attest.organisation.mapping.OrganisationMapper;
import dev.attest.organisation.rest.OrganisationRequest;
import dev.attest.platform.paging.PagedList;
import dev.attest.platform.paging.Paging;
import dev.attest.platform.validation.RequestValidator;
import dev.attest.workspace.CurrentWorkspace;

/** The current workspace's organisations: created, listed, read and replaced, never seen from another workspace. */
@ApplicationScoped
public class OrganisationService {

    @Inject
    CurrentWorkspace workspace;

    @Inject
    OrganisationMapper mapper;

    @Inject
    RequestValidator validator;

    @Inject
    Clock clock;

    @Transactional
    public Organisation create(OrganisationRequest request) {
        validator.validate(request);
        Instant now = now();
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID().toString();
        organisation.workspaceId = workspace.id();
        organisation.createdAt = now;
        organisation.updatedAt = now;
        mapper.apply(request, organisation);
        organisation.persist();
        return organisation;
    }

    @Transactional
    public PagedList<Organisation> list(Paging paging, OrganisationSort sort) {
        PanacheQuery<Organisation> query = Organisation.find("workspaceId", sort.sort(), workspace.id());
        return new PagedList<>(query.page(Page.of(paging.page(), paging.size())).list(), paging.page(), paging.size(),
                query.count());
    }

    @Transactional
    public Optional<Organisation> find(String id) {
        return Organisation.findInWorkspace(workspace.id(), id);
    }

    /** Replaces every field but the id and creation time; empty when the workspace has no such organisation. */
    @Transactional
    public Optional<Organisation> replace(String id, OrganisationRequest request) {
        Optional<Organisation> found = Organisation.findInWorkspace(workspace.id(), id);
        if (found.isPresent()) {
            validator.validate(request);
            mapper.apply(request, found.get());
            found.get().reschedule();
            found.get().updatedAt = now();
        }
        return found;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
