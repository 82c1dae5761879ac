-- claims: the system of record for claims, payments and their timeline
create table claim (
    id                   bigserial primary key,
    claim_id             text          not null unique,  -- the provider's claim id (CLM01, patient control number)
    patient_name         text          not null,
    payer_name           text          not null,
    date_of_service      date          not null,
    billed_amount        numeric(12,2) not null check (billed_amount > 0),
    balance              numeric(12,2) not null,
    status               text          not null,
    process_instance_key bigint,
    submitted_at         timestamptz   not null default now(),
    updated_at           timestamptz   not null default now()
);
create index claim_status_idx on claim (status);

create table claim_payment (
    id          bigserial primary key,
    claim_id    bigint        not null references claim (id),
    amount      numeric(12,2) not null check (amount > 0),
    paid_on     date          not null,
    reference   text          not null,
    recorded_by text          not null,
    recorded_at timestamptz   not null default now(),
    unique (claim_id, reference)
);

create table claim_event (
    id          bigserial primary key,
    claim_id    bigint      not null references claim (id),
    occurred_at timestamptz not null default now(),
    kind        text        not null,
    description text        not null,
    dedup_key   text        not null,
    unique (claim_id, dedup_key)
);
create index claim_event_claim_idx on claim_event (claim_id, occurred_at);
