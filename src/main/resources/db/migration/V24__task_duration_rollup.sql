-- The queue table's median wait before claim and median handling time sorted every task claimed / completed in the
-- period on each page load (60,000 rows a month at one task per claim, 390,000 when a million tasks fall in 60 days).
-- task_duration_day keeps the durations themselves, in whole seconds, per office day, kind, task type, team and payer:
-- W = claimed_at - created_at on the day of the claim, H = closed_at - claimed_at on the day a claimed task was
-- completed. The medians stay exact; the app reads a few thousand arrays instead of the task rows and selects the
-- middle values itself. A trigger keeps the arrays exact on every change of the columns they depend on (a task's value
-- leaves its old array and joins its new one).
create table task_duration_day (
    day        date   not null,
    kind       char(1) not null check (kind in ('W', 'H')),
    name       text   not null,
    queue_team text   not null default '',
    payer_name text   not null default '',
    seconds    int[]  not null,
    primary key (day, kind, name, queue_team, payer_name)
);

create function task_duration_change(p_day date, p_kind char, p_name text, p_team text, p_payer text, p_seconds int,
                                     sign int) returns void language plpgsql as $$
declare
    at int;
begin
    if sign > 0 then
        insert into task_duration_day as d (day, kind, name, queue_team, payer_name, seconds)
        values (p_day, p_kind, p_name, p_team, p_payer, array[p_seconds])
        on conflict (day, kind, name, queue_team, payer_name) do update set seconds = d.seconds || excluded.seconds;
        return;
    end if;
    -- one occurrence leaves (array_remove would take every equal value)
    select array_position(seconds, p_seconds) into at from task_duration_day
    where day = p_day and kind = p_kind and name = p_name and queue_team = p_team and payer_name = p_payer for update;
    if at is null then
        return;
    end if;
    update task_duration_day set seconds = seconds[:at - 1] || seconds[at + 1:]
    where day = p_day and kind = p_kind and name = p_name and queue_team = p_team and payer_name = p_payer;
    delete from task_duration_day
    where day = p_day and kind = p_kind and name = p_name and queue_team = p_team and payer_name = p_payer
      and cardinality(seconds) = 0;
end $$;

create function task_duration_count(t user_task, sign int) returns void language plpgsql as $$
begin
    if t.claimed_at is not null then
        perform task_duration_change((t.claimed_at at time zone 'America/New_York')::date, 'W', t.name,
                                     coalesce(t.queue_team, ''), coalesce(t.payer_name, ''),
                                     cast(floor(extract(epoch from t.claimed_at - t.created_at)) as int), sign);
    end if;
    if t.state = 'COMPLETED' and t.claimed_at is not null and t.closed_at is not null then
        perform task_duration_change((t.closed_at at time zone 'America/New_York')::date, 'H', t.name,
                                     coalesce(t.queue_team, ''), coalesce(t.payer_name, ''),
                                     cast(floor(extract(epoch from t.closed_at - t.claimed_at)) as int), sign);
    end if;
end $$;

create function task_duration_on_task() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform task_duration_count(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform task_duration_count(new, 1);
    end if;
    return null;
end $$;

create trigger task_duration_task after insert or delete on user_task
    for each row execute function task_duration_on_task();
create trigger task_duration_task_change after update of name, candidate_groups, payer_name, state, created_at,
    claimed_at, closed_at on user_task for each row
    when ((old.name, old.queue_team, old.payer_name, old.state, old.created_at, old.claimed_at, old.closed_at)
          is distinct from (new.name, new.queue_team, new.payer_name, new.state, new.created_at, new.claimed_at,
                            new.closed_at))
    execute function task_duration_on_task();

create function rebuild_task_durations() returns void language sql as $$
    lock table task_duration_day in exclusive mode;
    delete from task_duration_day;
    insert into task_duration_day (day, kind, name, queue_team, payer_name, seconds)
    select day, kind, name, team, payer, array_agg(s) from (
        select (claimed_at at time zone 'America/New_York')::date as day, 'W' as kind, name,
               coalesce(queue_team, '') as team, coalesce(payer_name, '') as payer,
               cast(floor(extract(epoch from claimed_at - created_at)) as int) as s
        from user_task where claimed_at is not null
        union all
        select (closed_at at time zone 'America/New_York')::date, 'H', name, coalesce(queue_team, ''),
               coalesce(payer_name, ''), cast(floor(extract(epoch from closed_at - claimed_at)) as int)
        from user_task where state = 'COMPLETED' and claimed_at is not null and closed_at is not null) d
    group by day, kind, name, team, payer;
$$;

-- rebuild_task_rollup() rebuilds every task rollup, the durations too
alter function rebuild_task_rollup() rename to rebuild_task_counts;
create function rebuild_task_rollup() returns void language sql as $$
    select rebuild_task_counts();
    select rebuild_task_durations();
$$;

select rebuild_task_durations();
