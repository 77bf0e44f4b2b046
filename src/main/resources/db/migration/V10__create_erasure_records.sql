-- The record that an organisation was erased, kept without the erased content: no name, no answers, only the id it
-- had (not personal data), when, by which key (its public prefix) and how many rows of each kind went.
create table erasure_record (
    id                   varchar(36)              not null primary key,
    workspace_id         varchar(36)              not null references workspace (id),
    subject_type         varchar(32)              not null,
    subject_id           varchar(36)              not null,
    erased_at            timestamp with time zone not null,
    erased_by_key_prefix varchar(40),
    deleted_rows         text                     not null
);

create index erasure_record_workspace_erased_at on erasure_record (workspace_id, erased_at);
