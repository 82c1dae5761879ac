-- What-if simulation runs (issue 9): who started what, how far it is, and each side's figures.
create table whatif_run (
    id           bigserial primary key,
    started_by   text        not null,
    started_at   timestamptz not null default now(),
    finished_at  timestamptz,
    status       text        not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    progress     double precision not null default 0,
    parameters   jsonb       not null,
    side_a       text        not null,
    side_b       text        not null,
    side_a_files text        not null,
    side_b_files text        not null,
    result_a     jsonb,
    result_b     jsonb,
    error        text
);

create index whatif_run_started on whatif_run (started_at desc);
