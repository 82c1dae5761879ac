-- engine: decisions are logged beside processes, with each version's file and, for deploys from the
-- app, why; the file lets the catalog show and hand out any version (the embedded engine forgets it)
alter table engine_deployment add column kind text not null default 'PROCESS' check (kind in ('PROCESS', 'DECISION'));
alter table engine_deployment add column content bytea;
alter table engine_deployment add column reason text;
alter table engine_deployment drop constraint engine_deployment_pkey;
alter table engine_deployment add primary key (kind, process_id, version);

-- claims: which version of claim-follow-up follows the claim (running claims stay on their version)
alter table claim add column process_version integer;

-- design: analysts' drafts of a process, with the result of their last validation
create table design_draft (
    id                  bigserial   primary key,
    process_id          text        not null,
    title               text        not null,
    based_on_version    integer,
    xml                 text        not null,
    revision            integer     not null default 1,
    created_by          text        not null,
    created_at          timestamptz not null default now(),
    updated_by          text        not null,
    updated_at          timestamptz not null default now(),
    validated_revision  integer,
    validation_passed   boolean,
    validation_report   jsonb,
    validated_at        timestamptz,
    deployed_version    integer,
    deployed_at         timestamptz
);
create index design_draft_process_idx on design_draft (process_id);
