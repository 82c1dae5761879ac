-- patient balances: a collections write-off is an adjustment, not a payment
alter table patient_balance add column written_off numeric(12,2) not null default 0;

create table patient_adjustment (
    id          bigserial     primary key,
    patient_id  bigint        not null references patient (id),
    claim_id    text          not null,
    amount      numeric(12,2) not null check (amount > 0),
    reason      text          not null,
    step_key    text          not null unique,
    recorded_at timestamptz   not null default now()
);
create index patient_adjustment_patient_idx on patient_adjustment (patient_id);

-- job failures as the app's workers saw them (the engine raises an incident when retries reach 0);
-- one row per job, the latest failure wins
create table job_failure (
    job_key              bigint      primary key,
    job_type             text        not null,
    process_instance_key bigint      not null,
    element_id           text        not null,
    claim_id             text,
    error_message        text        not null,
    retries_left         int         not null,
    failures             int         not null default 1,
    failed_at            timestamptz not null default now(),
    retried_at           timestamptz,
    retried_by           text
);
-- open incidents: retries ran out and nobody retried since
create index job_failure_open_idx on job_failure (failed_at) where retries_left <= 0 and retried_at is null;
create index claim_process_instance_idx on claim (process_instance_key);

-- the dashboard's queue table: open tasks now, and tasks closed in the period, each read from an index alone
create index user_task_open_stats_idx on user_task (queue_team, name)
    include (balance, created_at, due_at, claimed_at, payer_name) where state = 'OPEN';
create index user_task_closed_stats_idx on user_task (closed_at)
    include (state, name, queue_team, created_at, claimed_at, payer_name) where state <> 'OPEN';

-- ---------------------------------------------------------------------------------------------------------
-- AR rollup for the supervisors' dashboard: with a million claims, scanning claims and remittances (and the
-- remittances' JSON adjustments) on every page load took seconds. Every AR figure filters by payer and date of
-- service only, so one row per payer and date of service holds everything the aging and the KPIs sum. Triggers
-- keep it exact on every claim change and every posted remittance (remittances are append-only); rebuild_ar_rollup()
-- rebuilds it after a bulk load.

-- the contractual adjustments (CO-45, CO-253) of one remittance, claim and line level
create function remittance_contractual(adjustments jsonb, service_lines jsonb) returns numeric
    language sql immutable parallel safe as $$
    select coalesce(sum((a->>'amount')::numeric), 0) from (
        select jsonb_array_elements(coalesce(adjustments, '[]'::jsonb)) a
        union all
        select jsonb_array_elements(coalesce(l->'adjustments', '[]'::jsonb))
        from jsonb_array_elements(coalesce(service_lines, '[]'::jsonb)) l) adj
    where a->>'group' = 'CO' and a->>'reason' in ('45', '253')
$$;

-- per claim, what its remittances add up to
create table claim_remittance_facts (
    claim_id        bigint      primary key references claim (id),
    payments        numeric     not null,
    contractual     numeric     not null,
    adjudicated     boolean     not null,  -- a remittance other than CLP02 22/23
    denied          boolean     not null,  -- a remittance with CLP02 4
    first_posted_at timestamptz not null,
    first_id        bigint      not null,
    first_pass      boolean     not null   -- the first remittance processed the claim (CLP02 1-3, 19-21)
);

create table ar_day (
    payer_id      bigint  not null references payer (id),
    service_from  date    not null,
    claims        bigint  not null default 0,
    billed        numeric not null default 0,
    open_claims   bigint  not null default 0,  -- balance > 0 and the payer side not resolved
    open_balance  numeric not null default 0,
    payments      numeric not null default 0,
    contractual   numeric not null default 0,
    adjudicated   bigint  not null default 0,
    denied        bigint  not null default 0,
    first_pass    bigint  not null default 0,
    primary key (payer_id, service_from)
);

create function ar_day_add(p_payer bigint, p_day date, p_claims bigint, p_billed numeric, p_open bigint,
                           p_open_balance numeric, p_payments numeric, p_contractual numeric, p_adjudicated bigint,
                           p_denied bigint, p_first_pass bigint) returns void language sql as $$
    insert into ar_day as d (payer_id, service_from, claims, billed, open_claims, open_balance, payments, contractual,
                             adjudicated, denied, first_pass)
    values (p_payer, p_day, p_claims, p_billed, p_open, p_open_balance, p_payments, p_contractual, p_adjudicated,
            p_denied, p_first_pass)
    on conflict (payer_id, service_from) do update set claims = d.claims + excluded.claims,
        billed = d.billed + excluded.billed, open_claims = d.open_claims + excluded.open_claims,
        open_balance = d.open_balance + excluded.open_balance, payments = d.payments + excluded.payments,
        contractual = d.contractual + excluded.contractual, adjudicated = d.adjudicated + excluded.adjudicated,
        denied = d.denied + excluded.denied, first_pass = d.first_pass + excluded.first_pass
$$;

create function claim_is_open(balance numeric, stage text) returns boolean language sql immutable as $$
    select balance > 0 and stage not in ('PATIENT_BALANCE', 'BILLED_TO_OTHER_PAYER', 'CLOSED', 'WRITTEN_OFF')
$$;

-- a claim's contribution leaves its old day and joins its new one (with its remittance facts)
create function ar_day_on_claim() returns trigger language plpgsql as $$
declare
    f claim_remittance_facts;
    sign int;
    c claim;
begin
    foreach sign in array array[-1, 1] loop
        if sign = -1 then
            continue when tg_op = 'INSERT';
            c := old;
        else
            continue when tg_op = 'DELETE';
            c := new;
        end if;
        select * into f from claim_remittance_facts where claim_id = c.id;
        perform ar_day_add(c.payer_id, c.service_from, sign, sign * c.billed_amount,
                           sign * (claim_is_open(c.balance, c.stage))::int,
                           case when claim_is_open(c.balance, c.stage) then sign * c.balance else 0 end,
                           sign * coalesce(f.payments, 0), sign * coalesce(f.contractual, 0),
                           sign * coalesce(f.adjudicated::int, 0), sign * coalesce(f.denied::int, 0),
                           sign * coalesce(f.first_pass::int, 0));
    end loop;
    return null;
end $$;

create trigger ar_day_claim after insert or delete or update of payer_id, service_from, billed_amount, balance, stage
    on claim for each row execute function ar_day_on_claim();

create function ar_day_on_remittance() returns trigger language plpgsql as $$
declare
    f claim_remittance_facts;
    n claim_remittance_facts;
    c claim;
    is_first boolean;
begin
    select * into c from claim where id = new.claim_id;
    select * into f from claim_remittance_facts where claim_id = new.claim_id for update;
    is_first := f.claim_id is null or (new.posted_at, new.id) < (f.first_posted_at, f.first_id);
    n.claim_id := new.claim_id;
    n.payments := coalesce(f.payments, 0) + new.paid;
    n.contractual := coalesce(f.contractual, 0) + remittance_contractual(new.adjustments, new.service_lines);
    n.adjudicated := coalesce(f.adjudicated, false) or new.status_code not in ('22', '23');
    n.denied := coalesce(f.denied, false) or new.status_code = '4';
    n.first_posted_at := case when is_first then new.posted_at else f.first_posted_at end;
    n.first_id := case when is_first then new.id else f.first_id end;
    n.first_pass := case when is_first then new.status_code in ('1', '2', '3', '19', '20', '21') else f.first_pass end;
    insert into claim_remittance_facts values (n.*)
    on conflict (claim_id) do update set payments = excluded.payments, contractual = excluded.contractual,
        adjudicated = excluded.adjudicated, denied = excluded.denied, first_posted_at = excluded.first_posted_at,
        first_id = excluded.first_id, first_pass = excluded.first_pass;
    perform ar_day_add(c.payer_id, c.service_from, 0, 0, 0, 0, n.payments - coalesce(f.payments, 0),
                       n.contractual - coalesce(f.contractual, 0),
                       n.adjudicated::int - coalesce(f.adjudicated::int, 0), n.denied::int - coalesce(f.denied::int, 0),
                       n.first_pass::int - coalesce(f.first_pass::int, 0));
    return null;
end $$;

create trigger ar_day_remittance after insert on claim_remittance for each row execute function ar_day_on_remittance();

-- rebuilds facts and rollup from claims and remittances (the migration; after a bulk load with triggers disabled)
create function rebuild_ar_rollup() returns void language sql as $$
    -- triggers of concurrent postings wait until the rebuild commits, then add their change on top
    lock table ar_day, claim_remittance_facts in exclusive mode;
    delete from ar_day;
    delete from claim_remittance_facts;
    insert into claim_remittance_facts
    select claim_id, sum(paid), sum(remittance_contractual(adjustments, service_lines)),
           bool_or(status_code not in ('22', '23')), bool_or(status_code = '4'),
           (array_agg(posted_at order by posted_at, id))[1], (array_agg(id order by posted_at, id))[1],
           (array_agg(status_code in ('1', '2', '3', '19', '20', '21') order by posted_at, id))[1]
    from claim_remittance group by claim_id;
    insert into ar_day (payer_id, service_from, claims, billed, open_claims, open_balance, payments, contractual,
                        adjudicated, denied, first_pass)
    select c.payer_id, c.service_from, count(*), sum(c.billed_amount),
           count(*) filter (where claim_is_open(c.balance, c.stage)),
           coalesce(sum(c.balance) filter (where claim_is_open(c.balance, c.stage)), 0),
           coalesce(sum(f.payments), 0), coalesce(sum(f.contractual), 0), count(*) filter (where f.adjudicated),
           count(*) filter (where f.denied), count(*) filter (where f.first_pass)
    from claim c left join claim_remittance_facts f on f.claim_id = c.id
    group by c.payer_id, c.service_from;
$$;

select rebuild_ar_rollup();

-- ---------------------------------------------------------------------------------------------------------
-- Task rollup for the dashboard's productivity table and queue trend: tasks created / closed per office day, and
-- completions per person, day, task, outcome, team and payer. Kept exact by a trigger on every change of the
-- columns they count (a task's contribution leaves its old row and joins its new one).
create table task_day (
    day        date   not null,
    name       text   not null,
    queue_team text   not null default '',
    payer_name text   not null default '',
    created    bigint not null default 0,
    closed     bigint not null default 0,
    primary key (day, name, queue_team, payer_name)
);

create table task_done_day (
    day          date   not null,
    completed_by text   not null,
    name         text   not null,
    decision     text   not null,
    queue_team   text   not null default '',
    payer_name   text   not null default '',
    completed    bigint not null default 0,
    primary key (day, completed_by, name, decision, queue_team, payer_name)
);

-- the form's decision field: the outcome key ending in Outcome, Decision or Approved (first by name); '-' if none
create function task_decision(outcome jsonb) returns text language sql immutable as $$
    select coalesce((select value #>> '{}' from jsonb_each(outcome)
                     where key ~ '(Outcome|Decision|Approved)$' order by key limit 1), '-')
$$;

create function task_day_count(t user_task, sign int) returns void language plpgsql as $$
begin
    insert into task_day as d (day, name, queue_team, payer_name, created)
    values ((t.created_at at time zone 'America/New_York')::date, t.name, coalesce(t.queue_team, ''),
            coalesce(t.payer_name, ''), sign)
    on conflict (day, name, queue_team, payer_name) do update set created = d.created + excluded.created;
    if t.closed_at is not null and t.state <> 'OPEN' then
        insert into task_day as d (day, name, queue_team, payer_name, closed)
        values ((t.closed_at at time zone 'America/New_York')::date, t.name, coalesce(t.queue_team, ''),
                coalesce(t.payer_name, ''), sign)
        on conflict (day, name, queue_team, payer_name) do update set closed = d.closed + excluded.closed;
    end if;
    if t.state = 'COMPLETED' and t.completed_by is not null and t.closed_at is not null then
        insert into task_done_day as d (day, completed_by, name, decision, queue_team, payer_name, completed)
        values ((t.closed_at at time zone 'America/New_York')::date, t.completed_by, t.name, task_decision(t.outcome),
                coalesce(t.queue_team, ''), coalesce(t.payer_name, ''), sign)
        on conflict (day, completed_by, name, decision, queue_team, payer_name)
        do update set completed = d.completed + excluded.completed;
    end if;
end $$;

create function task_day_on_task() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform task_day_count(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform task_day_count(new, 1);
    end if;
    return null;
end $$;

create trigger task_day_task after insert or delete or update of name, candidate_groups, payer_name, state, created_at,
    closed_at, completed_by, outcome on user_task for each row execute function task_day_on_task();

create function rebuild_task_rollup() returns void language sql as $$
    lock table task_day, task_done_day in exclusive mode;
    delete from task_day;
    delete from task_done_day;
    insert into task_day (day, name, queue_team, payer_name, created, closed)
    select day, name, team, payer, sum(created), sum(closed) from (
        select (created_at at time zone 'America/New_York')::date as day, name, coalesce(queue_team, '') as team,
               coalesce(payer_name, '') as payer, 1 as created, 0 as closed from user_task
        union all
        select (closed_at at time zone 'America/New_York')::date, name, coalesce(queue_team, ''), coalesce(payer_name, ''), 0, 1
        from user_task where closed_at is not null and state <> 'OPEN') e
    group by day, name, team, payer;
    insert into task_done_day (day, completed_by, name, decision, queue_team, payer_name, completed)
    select (closed_at at time zone 'America/New_York')::date, completed_by, name, task_decision(outcome),
           coalesce(queue_team, ''), coalesce(payer_name, ''), count(*)
    from user_task where state = 'COMPLETED' and completed_by is not null and closed_at is not null
    group by 1, 2, 3, 4, 5, 6;
$$;

select rebuild_task_rollup();
