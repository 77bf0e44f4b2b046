-- A self-assessment in progress, saved step by step from the web form. The resume token is never stored:
-- only its SHA-256 (hex), so a copy of the database does not open anyone's draft.
create table draft (
    id                      varchar(36)              not null primary key,
    resume_token_hash       varchar(64)              not null unique,
    questionnaire_id        varchar(64)              not null,
    answers                 text                     not null,
    language                varchar(8)               not null,
    email                   varchar(320),
    current_section         varchar(64),
    submitted_assessment_id varchar(36),
    created_at              timestamp with time zone not null,
    updated_at              timestamp with time zone not null
);
