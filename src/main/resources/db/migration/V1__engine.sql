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
