-- An organisation's action plan as tasks: one row per remediation step (check id + step number, counted from 1)
-- that a consultant has worked on. A task's identity is (organisation, check, step), not an assessment: when the next
-- assessment of the organisation fails the same check again, the same row is the task of its plan, with owner,
-- status and notes intact. Steps nobody has touched have no row; they are open with no owner.
-- status is open, in_progress, done or risk_accepted; risk_reason is set exactly when the risk is accepted.
-- first_assessment_id: the organisation's first assessment in which the finding appeared, when the task was created.
-- status_assessment_id: the organisation's latest assessment when the status was last set, so a task marked done whose
-- finding is still failed in a newer assessment can be flagged. closed_at: when it became done or risk_accepted.
create table remediation_task (
    id                   varchar(36)              not null primary key,
    workspace_id         varchar(36)              not null references workspace (id),
    organisation_id      varchar(36)              not null references organisation (id),
    check_id             varchar(128)             not null,
    step_number          integer                  not null,
    status               varchar(16)              not null,
    owner                varchar(200),
    due_date             date,
    risk_reason          text,
    notes                text,
    first_assessment_id  varchar(36)              references assessment (id),
    status_assessment_id varchar(36)              references assessment (id),
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    closed_at            timestamp with time zone,
    constraint remediation_task_unique unique (organisation_id, check_id, step_number),
    constraint remediation_task_status check (status in ('open', 'in_progress', 'done', 'risk_accepted')),
    constraint remediation_task_step check (step_number >= 1)
);

create index remediation_task_workspace on remediation_task (workspace_id, organisation_id);
