-- The re-assessment schedule of each organisation: when it was last assessed (the evaluation date of its latest
-- assessment), when it is next due (that date plus its cadence) and whether the consultant paused it.
alter table organisation add column last_assessed_on date;
alter table organisation add column next_due_on date;
alter table organisation add column schedule_paused boolean not null default false;

update organisation set last_assessed_on = (select max(a.evaluation_date) from assessment a where a.organisation_id = organisation.id);
update organisation set next_due_on = cast(last_assessed_on + reassessment_months * interval '1' month as date)
where last_assessed_on is not null;

create index organisation_next_due on organisation (next_due_on, id);

-- One row per re-assessment the schedule (or a consultant's "now") made for an organisation's due period. The
-- unique constraint is what makes a period's re-assessment happen exactly once, whatever the scheduler or a
-- second instance does: the row is written in the same transaction as the new assessment.
create table scheduled_reassessment (
    id                     varchar(36)              not null primary key,
    workspace_id           varchar(36)              not null references workspace (id),
    organisation_id        varchar(36)              not null references organisation (id),
    due_on                 date                     not null,
    trigger_kind           varchar(16)              not null,
    previous_assessment_id varchar(36)              not null references assessment (id),
    assessment_id          varchar(36)              not null references assessment (id),
    needs_review           boolean                  not null,
    drift                  text                     not null,
    created_at             timestamp with time zone not null,
    constraint scheduled_reassessment_once unique (organisation_id, due_on)
);

create index scheduled_reassessment_workspace on scheduled_reassessment (workspace_id, created_at);

-- Each run of the job and how far it got, written as it goes, so an operator (and the next run) can see what a
-- killed run had done.
create table reassessment_job_run (
    id           varchar(36)              not null primary key,
    instance     varchar(100)             not null,
    run_date     date                     not null,
    status       varchar(16)              not null,
    due          integer                  not null,
    reassessed   integer                  not null,
    already_done integer                  not null,
    failed       integer                  not null,
    reminders    integer                  not null,
    started_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    finished_at  timestamp with time zone
);

-- Reminders sent before a due date, one per subject (an organisation, or a web-form self-assessment whose owner left an
-- e-mail address: its draft), due date and days before it, so a reminder is never sent twice however often the job runs.
create table reassessment_reminder (
    id           varchar(36)              not null primary key,
    workspace_id varchar(36)              not null references workspace (id),
    subject_kind varchar(16)              not null,
    subject_id   varchar(36)              not null,
    due_on       date                     not null,
    days_before  integer                  not null,
    recipients   integer                  not null,
    sent_at      timestamp with time zone not null,
    constraint reassessment_reminder_once unique (subject_kind, subject_id, due_on, days_before)
);
