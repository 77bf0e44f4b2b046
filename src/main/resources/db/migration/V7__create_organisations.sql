-- An organisation is a consultant's client inside a workspace. Contacts are a short list that is always read and
-- written with the organisation and never queried on its own, so they are kept as JSON text beside it.
create table organisation (
    id                  varchar(36)              not null primary key,
    workspace_id        varchar(36)              not null references workspace (id),
    name                varchar(200)             not null,
    country             varchar(2)               not null,
    sector              varchar(100),
    reassessment_months integer                  not null default 12,
    contacts            text                     not null,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    constraint organisation_cadence check (reassessment_months between 1 and 36)
);

create index organisation_workspace_name on organisation (workspace_id, name);

-- Assessments stored through the API may belong to an organisation; the web form's never do.
alter table assessment add column organisation_id varchar(36);
alter table assessment add constraint assessment_organisation_fk foreign key (organisation_id) references organisation (id);
create index assessment_organisation_date on assessment (organisation_id, evaluation_date);

-- The frameworks that apply to an assessment, copied out of its stored result so that listings can filter on
-- them in the database.
create table assessment_framework (
    assessment_id varchar(36) not null references assessment (id),
    framework     varchar(64) not null,
    constraint assessment_framework_pk primary key (assessment_id, framework)
);

-- Assessments stored before this migration: their results hold applicability as compact JSON
-- ({"framework":"GDPR","applies":true,...}), and these four were the only frameworks then. A text match works alike on
-- H2 and PostgreSQL; OrganisationAssessmentResourceTest pins the JSON shape it relies on.
insert into assessment_framework (assessment_id, framework)
select id, 'GDPR' from assessment where result like '%{"framework":"GDPR","applies":true%';
insert into assessment_framework (assessment_id, framework)
select id, 'CCPA' from assessment where result like '%{"framework":"CCPA","applies":true%';
insert into assessment_framework (assessment_id, framework)
select id, 'ETHICS' from assessment where result like '%{"framework":"ETHICS","applies":true%';
insert into assessment_framework (assessment_id, framework)
select id, 'MINIMISATION' from assessment where result like '%{"framework":"MINIMISATION","applies":true%';
