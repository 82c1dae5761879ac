-- engine: the record of what was deployed (the embedded engine forgets it on restart)
create table engine_deployment (
    process_id             text        not null,
    version                integer     not null,
    resource_name          text        not null,
    process_definition_key bigint      not null,
    deployed_by            text        not null,
    first_deployed_at      timestamptz not null default now(),
    last_deployed_at       timestamptz not null default now(),
    primary key (process_id, version)
);

-- engine: commands for the engine, written in the caller's transaction and relayed at the engine's pace
create table engine_outbox (
    id              bigserial primary key,
    kind            text        not null check (kind in ('START_PROCESS', 'PUBLISH_MESSAGE')),
    process_id      text,
    message_name    text,
    correlation_key text,
    message_id      text,
    time_to_live    interval,
    variables       jsonb       not null default '{}',
    created_at      timestamptz not null default now(),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    sent_at         timestamptz,
    last_error      text
);
create index engine_outbox_pending_idx on engine_outbox (id) where sent_at is null;
