-- A webhook of a workspace: Attest POSTs the events it subscribes to, signed with its secret.
-- The secret is stored as it is, unlike API keys (V6), because it is not something a caller proves it knows: Attest
-- itself computes HMAC-SHA256 with it on every delivery, and a hash cannot sign. It is shown once at creation and never
-- answered again; whoever can read this table can forge signatures for these webhooks, so guard backups as such.
-- events is a comma-separated list of event types (reassessment.completed, reassessment.due-soon, webhook.test).
create table webhook (
    id           varchar(36)              not null primary key,
    workspace_id varchar(36)              not null references workspace (id),
    url          varchar(2000)            not null,
    secret       varchar(64)              not null,
    events       varchar(500)             not null,
    active       boolean                  not null,
    created_at   timestamp with time zone not null
);

create index webhook_workspace on webhook (workspace_id);

-- One event for one webhook: the outbox. Queuing an event is an insert in the caller's transaction; a poller claims
-- due rows (status pending, next_attempt_at reached), POSTs them and records the outcome. payload is the exact JSON
-- body sent on every attempt; event_id is shared by the deliveries of one event to several webhooks.
-- last_error is a short description (e.g. "HTTP 500", "timed out"), never the receiver's answer.
create table webhook_delivery (
    id               varchar(36)              not null primary key,
    webhook_id       varchar(36)              not null references webhook (id),
    event_id         varchar(36)              not null,
    event_type       varchar(64)              not null,
    payload          text                     not null,
    status           varchar(16)              not null,
    attempts         integer                  not null,
    next_attempt_at  timestamp with time zone not null,
    last_status_code integer,
    last_error       varchar(200),
    created_at       timestamp with time zone not null,
    delivered_at     timestamp with time zone,
    constraint webhook_delivery_status check (status in ('pending', 'delivered', 'failed'))
);

create index webhook_delivery_due on webhook_delivery (status, next_attempt_at);
create index webhook_delivery_webhook_created on webhook_delivery (webhook_id, created_at);
