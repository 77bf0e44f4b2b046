-- Drafts belong to a workspace, like assessments: the web form's (and those saved before this migration) to the
-- self-service workspace. A consultant's draft, created through the API, belongs to one organisation of the
-- workspace and has no resume token: it is found by its id and the workspace key, never by a /d/ link.
alter table draft add column workspace_id varchar(36) not null default '00000000-0000-0000-0000-000000000001';
alter table draft alter column workspace_id drop default;
alter table draft add constraint draft_workspace_fk foreign key (workspace_id) references workspace (id);

alter table draft add column organisation_id varchar(36);
alter table draft add constraint draft_organisation_fk foreign key (organisation_id) references organisation (id);
create index draft_organisation_updated_at on draft (organisation_id, updated_at);

-- The unique constraint stays: several drafts without a token are allowed, as both databases ignore nulls in it.
alter table draft alter column resume_token_hash drop not null;
