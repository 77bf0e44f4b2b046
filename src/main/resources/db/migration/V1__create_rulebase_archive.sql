-- Every rulebase version that produced a stored result, kept so old answers can be re-run against it.
create table rulebase_archive (
    version       varchar(80)              not null primary key,
    texts_version varchar(80)              not null,
    files         text                     not null,
    archived_at   timestamp with time zone not null
);
