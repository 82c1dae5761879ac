-- engine: the app's own projection of what the engine did, per element instance (the process heatmap reads it).
-- Engine keys are unique within one engine run only (the embedded engine starts again from the same numbers).
create table engine_process_definition (
    engine_run             text        not null,
    process_definition_key bigint      not null,
    bpmn_process_id        text        not null,
    version                integer     not null,
    bpmn_xml               text        not null,
    seen_at                timestamptz not null default now(),
    primary key (engine_run, process_definition_key)
);

create table element_visit (
    engine_run             text        not null,
    element_instance_key   bigint      not null,
    process_instance_key   bigint      not null,
    process_definition_key bigint      not null,
    bpmn_process_id        text        not null,
    version                integer     not null,
    element_id             text        not null,
    element_type           text        not null,
    entered_at             timestamptz not null,             -- engine clock
    left_at                timestamptz,                      -- null: the instance is there now
    outcome                text,                             -- COMPLETED, TERMINATED, or LOST (the engine restarted)
    primary key (engine_run, element_instance_key)
);
create index element_visit_element_idx on element_visit (engine_run, process_definition_key, element_id, entered_at);
create index element_visit_open_idx on element_visit (engine_run, process_definition_key, element_id)
    where left_at is null;

-- the claim a process instance follows up (its claimId variable), to filter by payer / team and to list claims
create table engine_instance_claim (
    engine_run           text   not null,
    process_instance_key bigint not null,
    claim_id             text   not null,
    primary key (engine_run, process_instance_key)
);
create index engine_instance_claim_claim_idx on engine_instance_claim (claim_id);
