-- The task_day trigger (V18) ran for every update naming one of its columns, also when nothing it counts changed:
-- the start-up archive of the earlier engine run's tasks rewrote the rollups once per task (-1, then +1 on the same
-- rows). Like task_open's (V21), it now counts inserts and deletes, and only the updates that change a counted column.
drop trigger task_day_task on user_task;
create trigger task_day_task after insert or delete on user_task for each row execute function task_day_on_task();
create trigger task_day_task_change after update of name, candidate_groups, payer_name, state, created_at, closed_at,
    completed_by, outcome on user_task for each row
    when ((old.name, old.queue_team, old.payer_name, old.state, old.created_at, old.closed_at, old.completed_by, old.outcome)
          is distinct from (new.name, new.queue_team, new.payer_name, new.state, new.created_at, new.closed_at,
                            new.completed_by, new.outcome))
    execute function task_day_on_task();
