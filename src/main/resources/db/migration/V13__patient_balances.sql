-- patient billing: what patients owe after their payers paid, statements, plans and payments

-- one follow-up per patient account: statements cover all of a patient's open balances
create table patient_account (
    patient_id   bigint        primary key references patient (id),
    billing_team text,
    credit       numeric(12,2) not null default 0,
    following_up boolean       not null default false,
    -- the patient-balance instance now following the account up (for support and tests)
    process_instance_key bigint
);

-- a claim's patient responsibility, taken once per claim
create table patient_balance (
    claim_id        text          primary key,
    patient_id      bigint        not null references patient (id),
    date_of_service date          not null,
    amount          numeric(12,2) not null,
    paid            numeric(12,2) not null default 0,
    handed_off_at   timestamptz   not null default now()
);
create index patient_balance_patient_idx on patient_balance (patient_id, date_of_service);

create table patient_payment (
    id          bigserial     primary key,
    patient_id  bigint        not null references patient (id),
    reference   text          not null,
    amount      numeric(12,2) not null check (amount > 0),
    paid_on     date          not null,
    method      text          not null,
    claim_id    text,
    credit      numeric(12,2) not null default 0,
    recorded_by text          not null,
    recorded_at timestamptz   not null default now(),
    unique (patient_id, reference)
);

create table patient_payment_allocation (
    payment_id bigint        not null references patient_payment (id),
    claim_id   text          not null,
    amount     numeric(12,2) not null,
    primary key (payment_id, claim_id)
);

create table patient_statement (
    id             bigserial     primary key,
    patient_id     bigint        not null references patient (id),
    number         int           not null,
    final_notice   boolean       not null,
    statement_date date          not null,
    due_date       date          not null,
    amount_due     numeric(12,2) not null,
    claim_ids      text[]        not null,
    pdf            bytea         not null,
    step_key       text          not null unique,
    created_at     timestamptz   not null default now()
);
create index patient_statement_date_idx on patient_statement (statement_date);
create index patient_statement_patient_idx on patient_statement (patient_id);

create table payment_plan (
    id                 bigserial     primary key,
    patient_id         bigint        not null references patient (id),
    installments       int           not null,
    installment_amount numeric(12,2) not null,
    first_due          date          not null,
    -- payments recorded before the plan started do not count toward its installments
    paid_before        numeric(12,2) not null,
    state              text          not null default 'ACTIVE',
    step_key           text          not null unique,
    created_at         timestamptz   not null default now()
);

create table plan_installment (
    plan_id  bigint        not null references payment_plan (id),
    number   int           not null,
    due_date date          not null,
    amount   numeric(12,2) not null,
    state    text          not null default 'DUE',
    primary key (plan_id, number)
);
