-- edi: every X12 file as received (kept before it is parsed), payments, and what needs a human
create table x12_file (
    id               bigserial primary key,
    sha256           text        not null unique,
    file_name        text        not null,
    source           text        not null,
    received_by      text,
    received_at      timestamptz not null default now(),
    size_bytes       integer     not null,
    content          bytea       not null,
    transaction_type text,
    status           text        not null check (status in ('RECEIVED', 'IMPORTED', 'FAILED')),
    report           jsonb,
    error            text,
    processed_at     timestamptz
);

create table remittance_payment (
    id                   bigserial primary key,
    payer_key            text          not null,
    trace_number         text          not null,
    file_id              bigint        not null references x12_file (id),
    payment_amount       numeric(14,2) not null,
    payment_method       text,
    payment_date         date,
    provider_adjustments jsonb         not null default '[]',
    balance_problems     jsonb         not null default '[]',
    unique (payer_key, trace_number)
);

-- remittances for claims arflow does not know, or that do not balance: a biller resolves each
create table remittance_exception (
    id          bigserial primary key,
    kind        text        not null check (kind in ('UNMATCHED', 'UNBALANCED')),
    file_id     bigint      not null references x12_file (id),
    payment_id  bigint      not null references remittance_payment (id),
    claim_ref   text        not null,
    reference   text        not null unique,
    detail      jsonb       not null,
    problem     text        not null,
    status      text        not null default 'OPEN' check (status in ('OPEN', 'RESOLVED')),
    resolved_claim_id text,
    resolved_by text,
    resolved_at timestamptz,
    created_at  timestamptz not null default now()
);
create index remittance_exception_open_idx on remittance_exception (created_at) where status = 'OPEN';

create sequence x12_control_number start 1001;

create table x12_outbound_file (
    id               bigserial primary key,
    file_name        text        not null unique,
    transaction_type text        not null,
    control_number   integer     not null unique,
    claims           integer     not null,
    content          bytea       not null,
    created_at       timestamptz not null default now()
);
