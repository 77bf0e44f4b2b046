-- A workspace is one consultancy, or one company assessing itself; every stored assessment belongs to one.
-- The self-service workspace (fixed id) holds the web form's assessments and those stored before workspaces.
create table workspace (
    id         varchar(36)              not null primary key,
    name       varchar(200)             not null,
    created_at timestamp with time zone not null
);

insert into workspace (id, name, created_at)
values ('00000000-0000-0000-0000-000000000001', 'Self-service', current_timestamp);

-- An API key of a workspace. The key itself is never stored: only its public id (which logs may show) and the
-- SHA-256 (hex) of the whole key, so a copy of the database opens nothing.
create table api_key (
    id           varchar(36)              not null primary key,
    workspace_id varchar(36)              not null references workspace (id),
    public_id    varchar(32)              not null unique,
    secret_hash  varchar(64)              not null unique,
    name         varchar(100)             not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone,
    revoked_at   timestamp with time zone,
    last_used_at timestamp with time zone
);

create index api_key_workspace on api_key (workspace_id);

-- Existing assessments go to the self-service workspace; the default is dropped afterwards so that new rows
-- always name their workspace.
alter table assessment add column workspace_id varchar(36) not null default '00000000-0000-0000-0000-000000000001';
alter table assessment alter column workspace_id drop default;
alter table assessment add constraint assessment_workspace_fk foreign key (workspace_id) references workspace (id);
create index assessment_workspace_created_at on assessment (workspace_id, created_at);
