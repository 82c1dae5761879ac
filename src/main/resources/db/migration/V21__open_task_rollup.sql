-- The dashboard's queue table and queue trend counted the open tasks row by row: with a million task rows and
-- 200,000 open, that alone cost a few hundred milliseconds per page load. task_open keeps, per task type, team,
-- payer and office day the task falls due, how many tasks stand open and their dollars; a trigger keeps it exact
-- on every change of the columns it counts (a task's contribution leaves its old row and joins its new one), and
-- rows that fall to zero are removed, so the table stays as small as the open queues. Past due = due on an
-- earlier day, plus today's tasks whose hour has passed (read from the due index below).
create table task_open (
    name       text    not null,
    queue_team text    not null default '',
    payer_name text    not null default '',
    due_day    date    not null,  -- 'infinity' for a task without a due date
    tasks      bigint  not null default 0,
    balance    numeric not null default 0,
    primary key (name, queue_team, payer_name, due_day)
);

create function task_open_count(t user_task, sign int) returns void language plpgsql as $$
declare
    k_team  text := coalesce(t.queue_team, '');
    k_payer text := coalesce(t.payer_name, '');
    k_due   date := coalesce((t.due_at at time zone 'America/New_York')::date, 'infinity'::date);
    left_   bigint;
begin
    if t.state <> 'OPEN' then
        return;
    end if;
    insert into task_open as o (name, queue_team, payer_name, due_day, tasks, balance)
    values (t.name, k_team, k_payer, k_due, sign, sign * coalesce(t.balance, 0))
    on conflict (name, queue_team, payer_name, due_day)
    do update set tasks = o.tasks + excluded.tasks, balance = o.balance + excluded.balance
    returning tasks into left_;
    if left_ = 0 then
        delete from task_open where name = t.name and queue_team = k_team and payer_name = k_payer
                                and due_day = k_due and tasks = 0;
    end if;
end $$;

create function task_open_on_task() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform task_open_count(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform task_open_count(new, 1);
    end if;
    return null;
end $$;

create trigger task_open_task after insert or delete on user_task for each row execute function task_open_on_task();
-- a claim's balance refresh rewrites the task's balance often with the same value: only real changes count
create trigger task_open_task_change after update of name, candidate_groups, payer_name, state, due_at, balance
    on user_task for each row
    when ((old.name, old.queue_team, old.payer_name, old.state, old.due_at, old.balance)
          is distinct from (new.name, new.queue_team, new.payer_name, new.state, new.due_at, new.balance))
    execute function task_open_on_task();

-- the oldest open task of a type, team and payer: one index probe per queue
create index user_task_open_oldest_idx on user_task (name, coalesce(queue_team, ''), coalesce(payer_name, ''), created_at)
    where state = 'OPEN';
-- open tasks falling due in a time range (today's past-due ones)
create index user_task_open_due_idx on user_task (due_at) include (name, queue_team, payer_name) where state = 'OPEN';
-- the median wait before claim reads the tasks claimed in the period, open or closed, from this index alone
create index user_task_claimed_stats_idx on user_task (claimed_at) include (name, queue_team, payer_name, created_at)
    where claimed_at is not null;
-- the open part of the queue table is read from task_open now
drop index user_task_open_stats_idx;

-- rebuilds all task rollups (the migration; after a bulk load with the triggers disabled)
create or replace function rebuild_task_rollup() returns void language sql as $$
    lock table task_day, task_done_day, task_open in exclusive mode;
    delete from task_day;
    delete from task_done_day;
    delete from task_open;
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
    insert into task_open (name, queue_team, payer_name, due_day, tasks, balance)
    select name, coalesce(queue_team, ''), coalesce(payer_name, ''),
           coalesce((due_at at time zone 'America/New_York')::date, 'infinity'::date), count(*), coalesce(sum(balance), 0)
    from user_task where state = 'OPEN'
    group by 1, 2, 3, 4;
$$;

select rebuild_task_rollup();
