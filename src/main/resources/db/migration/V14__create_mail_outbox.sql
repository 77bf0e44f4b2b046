-- E-mails waiting to be sent (re-assessment reminders and results). Written in the transaction that decides to send
-- them, so a rolled-back re-assessment sends nothing, and sent by a poller outside it, so the mail server's pace never
-- holds a transaction. A row is deleted once the mail is sent: the address and the link are kept no longer than needed.
create table mail_outbox (
    id              varchar(36)              not null primary key,
    kind            varchar(16)              not null,
    recipient       varchar(320)             not null,
    language        varchar(8)               not null,
    payload         text                     not null,
    status          varchar(16)              not null,
    attempts        integer                  not null,
    next_attempt_at timestamp with time zone not null,
    last_error      varchar(200),
    created_at      timestamp with time zone not null,
    constraint mail_outbox_status check (status in ('pending', 'failed'))
);

create index mail_outbox_due on mail_outbox (status, next_attempt_at);
