-- The owner's progress on an assessment's action plan: one row per remediation step ticked (or unticked again).
-- Kept beside the assessment, never inside its stored result, which stays as evaluated. A step without a row is
-- not done. step_number counts from 1 in the order the finding's remediation texts list the steps.
create table action_plan_step (
    id            varchar(36)              not null primary key,
    assessment_id varchar(36)              not null references assessment (id),
    check_id      varchar(128)             not null,
    step_number   integer                  not null,
    done          boolean                  not null,
    done_at       timestamp with time zone,
    updated_at    timestamp with time zone not null,
    constraint action_plan_step_unique unique (assessment_id, check_id, step_number)
);
