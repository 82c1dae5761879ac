-- The productivity table without a team or payer filter read task_done_day, whose team and payer columns split each
-- person's day into up to one row per completion (300,000 rows for a month of a very busy office). task_done_all_day
-- keeps the same counts per office day, person, task type and decision only; task_done_day still serves the filters.
create table task_done_all_day (
    day          date   not null,
    completed_by text   not null,
    name         text   not null,
    decision     text   not null,
    completed    bigint not null default 0,
    primary key (day, completed_by, name, decision)
);

create function task_done_all_count(t user_task, sign int) returns void language plpgsql as $$
begin
    if t.state = 'COMPLETED' and t.completed_by is not null and t.closed_at is not null then
        insert into task_done_all_day as d (day, completed_by, name, decision, completed)
        values ((t.closed_at at time zone 'America/New_York')::date, t.completed_by, t.name, task_decision(t.outcome), sign)
        on conflict (day, completed_by, name, decision) do update set completed = d.completed + excluded.completed;
    end if;
end $$;

create function task_done_all_on_task() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform task_done_all_count(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform task_done_all_count(new, 1);
    end if;
    return null;
end $$;

create trigger task_done_all_task after insert or delete on user_task
    for each row execute function task_done_all_on_task();
create trigger task_done_all_task_change after update of name, state, closed_at, completed_by, outcome on user_task
    for each row
    when ((old.name, old.state, old.closed_at, old.completed_by, old.outcome)
          is distinct from (new.name, new.state, new.closed_at, new.completed_by, new.outcome))
    execute function task_done_all_on_task();

create function rebuild_task_done_all() returns void language sql as $$
    lock table task_done_all_day in exclusive mode;
    delete from task_done_all_day;
    insert into task_done_all_day (day, completed_by, name, decision, completed)
    select (closed_at at time zone 'America/New_York')::date, completed_by, name, task_decision(outcome), count(*)
    from user_task where state = 'COMPLETED' and completed_by is not null and closed_at is not null
    group by 1, 2, 3, 4;
$$;

create or replace function rebuild_task_rollup() returns void language sql as $$
    select rebuild_task_counts();
    select rebuild_task_durations();
    select rebuild_task_done_all();
$$;

select rebuild_task_done_all();
