-- A stored assessment: the answers as submitted and the language-neutral result (check ids, outcomes,
-- the answers behind them, scores). Texts are rendered when it is read.
create table assessment (
    id                    varchar(36)              not null primary key,
    questionnaire_id      varchar(64)              not null,
    questionnaire_version varchar(80)              not null,
    rulebase_version      varchar(80)              not null references rulebase_archive (version),
    texts_version         varchar(80)              not null,
    evaluation_date       date                     not null,
    answers               text                     not null,
    result                text                     not null,
    overall_score         integer,
    band                  varchar(16)              not null,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null
);

create index assessment_created_at on assessment (created_at);
