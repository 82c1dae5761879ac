-- tasks: the human steps of the processes, fed by io.camunda.zeebe:userTask jobs
create table user_task (
    job_key              bigint primary key,
    process_instance_key bigint      not null,
    bpmn_process_id      text        not null,
    element_id           text        not null,
    name                 text        not null,
    claim_id             text,
    candidate_groups     text[]      not null default '{}',
    assignee             text,
    due_at               timestamptz,
    form                 text,
    stage                text,
    variables            jsonb       not null default '{}',
    state                text        not null default 'OPEN' check (state in ('OPEN', 'COMPLETED', 'CANCELED')),
    created_at           timestamptz not null default now(),
    closed_at            timestamptz,
    completed_by         text,
    outcome              jsonb
);
create index user_task_open_idx on user_task (claim_id) where state = 'OPEN';
