-- tasks: the billers' work queues. Each task carries the claim context its queue sorts and filters by
-- (copied from the claim and refreshed when the claim changes), so that a queue page is one indexed
-- query on user_task and the task list never reads the claims' tables.
alter table user_task
    add column claimed_at             timestamptz,
    add column snoozed_until          timestamptz,
    add column snoozed_by             text,
    add column payer_name             text,
    add column billed_amount          numeric(12,2),
    add column balance                numeric(12,2),
    add column service_date           date,
    add column timely_filing_deadline date,
    add column appeal_deadline        date,
    add column payer_acknowledged     boolean     not null default false,
    add column claim_priority         text        not null default 'NORMAL',
    add column priority_score         integer     not null default 0,
    add column scored_on              date,
    -- every BPMN task offers itself to one team; the first group is the queue it is listed in
    add column queue_team             text generated always as (candidate_groups[1]) stored;

-- a team's queue, best first, and by due date: one index range per team, read in order (either way)
create index user_task_team_queue_idx on user_task (queue_team, priority_score, job_key)
    where state = 'OPEN' and assignee is null;
create index user_task_team_due_idx on user_task (queue_team, due_at, job_key)
    where state = 'OPEN' and assignee is null;
-- the rare task offered to several teams is found through its groups
create index user_task_multi_team_idx on user_task using gin (candidate_groups)
    where state = 'OPEN' and assignee is null and cardinality(candidate_groups) > 1;
-- supervisors look across all teams
create index user_task_all_queue_idx on user_task (priority_score, job_key)
    where state = 'OPEN' and assignee is null;
-- my work
create index user_task_assignee_idx on user_task (assignee, priority_score, job_key)
    where state = 'OPEN';
-- tasks whose score was computed before today (age and days left change daily)
create index user_task_rescore_idx on user_task (scored_on) where state = 'OPEN';

-- tasks: queue filters a biller saved, optionally shared with one of their teams
create table saved_filter (
    id          bigserial primary key,
    owner       text        not null,
    name        text        not null,
    shared_with text,
    criteria    jsonb       not null,
    created_at  timestamptz not null default now(),
    unique (owner, name)
);
create index saved_filter_team_idx on saved_filter (shared_with) where shared_with is not null;

-- security: who viewed which claim and did what to which task, when (supervisors read it)
create table audit_log (
    id          bigserial primary key,
    occurred_at timestamptz not null default now(),
    username    text        not null,
    action      text        not null,
    claim_id    text,
    task_key    bigint,
    detail      text
);
create index audit_log_time_idx on audit_log (occurred_at desc, id desc);
create index audit_log_claim_idx on audit_log (claim_id, occurred_at desc);
