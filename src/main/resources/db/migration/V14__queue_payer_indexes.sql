-- tasks: a team queue filtered by payer reads its own index range (best first, or by due date)
create index user_task_team_payer_queue_idx on user_task (queue_team, payer_name, priority_score, job_key)
    where state = 'OPEN' and assignee is null;
create index user_task_team_payer_due_idx on user_task (queue_team, payer_name, due_at, job_key)
    where state = 'OPEN' and assignee is null;
