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

-- the 30-day queue trend reads only the period's task history
create index user_task_created_idx on user_task (created_at);
create index user_task_closed_idx on user_task (closed_at) where closed_at is not null;
