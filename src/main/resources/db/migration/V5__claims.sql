-- claims: the system of record for claims, service lines, remittances and their timeline
create table claim (
    id                     bigserial primary key,
    claim_id               text          not null unique,  -- the provider's claim id (CLM01, patient control number)
    patient_id             bigint        not null references patient (id),
    payer_id               bigint        not null references payer (id),
    service_from           date          not null,
    service_to             date          not null,
    billed_amount          numeric(12,2) not null check (billed_amount > 0),
    expected_amount        numeric(12,2),
    paid_amount            numeric(12,2) not null default 0,
    patient_responsibility numeric(12,2) not null default 0,
    adjusted_amount        numeric(12,2) not null default 0,
    balance                numeric(12,2) not null,
    stage                  text          not null,
    priority               text          not null default 'NORMAL',
    timely_filing_deadline date          not null,
    appeal_deadline        date,
    process_instance_key   bigint,
    submitted_at           timestamptz   not null default now(),
    updated_at             timestamptz   not null default now(),
    closed_at              timestamptz
);
create index claim_stage_idx on claim (stage);
create index claim_payer_idx on claim (payer_id);

create table service_line (
    claim_id       bigint        not null references claim (id) on delete cascade,
    line_number    integer       not null,
    procedure_code text          not null,
    modifiers      text,
    charge         numeric(12,2) not null,
    units          numeric(8,2)  not null default 1,
    service_date   date,
    primary key (claim_id, line_number)
);

create table claim_remittance (
    id                      bigserial primary key,
    claim_id                bigint        not null references claim (id),
    reference               text          not null,
    status_code             text          not null,
    charge                  numeric(12,2) not null,
    paid                    numeric(12,2) not null,
    patient_responsibility  numeric(12,2) not null,
    payer_claim_control     text,
    received_on             date          not null,
    adjustments             jsonb         not null default '[]',
    remark_codes            text[]        not null default '{}',
    service_lines           jsonb         not null default '[]',
    posted_at               timestamptz   not null default now(),
    unique (claim_id, reference)
);

create table claim_status_response (
    id            bigserial primary key,
    claim_id      bigint      not null references claim (id),
    reference     text        not null,
    category      text        not null,
    status_code   text,
    received_on   date        not null,
    recorded_at   timestamptz not null default now(),
    unique (claim_id, reference)
);

create table status_inquiry (
    id           bigserial primary key,
    claim_id     bigint      not null references claim (id),
    step_key     text        not null unique,
    requested_at timestamptz not null default now(),
    sent_at      timestamptz
);

create table claim_event (
    id          bigserial primary key,
    claim_id    bigint      not null references claim (id),
    occurred_at timestamptz not null default now(),
    kind        text        not null,
    description text        not null,
    actor       text        not null default 'arflow',
    dedup_key   text        not null,
    unique (claim_id, dedup_key)
);
create index claim_event_claim_idx on claim_event (claim_id, occurred_at);
