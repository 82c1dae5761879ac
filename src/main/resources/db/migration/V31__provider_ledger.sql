-- issue 19: provider-level adjustments (PLB) and per-claim interest (AMT*I) booked per payer and payee.
-- amount is as the payer sent it: positive reduces the payment, negative increases it (PLB sign);
-- interest is stored negative too, since it adds to what the provider receives
create table provider_ledger (
    id            bigserial primary key,
    file_id       bigint        not null references x12_file (id),
    payment_id    bigint        not null references remittance_payment (id),
    payer_key     text          not null,
    payee_key     text          not null,
    provider_id   text,
    fiscal_period date,
    kind          text          not null check (kind in ('RECOUPMENT', 'INTEREST', 'CAPITATION', 'ADJUSTMENT',
                                                         'CARRIED_FORWARD', 'OTHER')),
    reason_code   text          not null,
    reference     text,
    amount        numeric(14,2) not null,
    claim_id      text,
    entry_key     text          not null unique,
    created_at    timestamptz   not null default now()
);
create index provider_ledger_account_idx on provider_ledger (payer_key, payee_key, created_at);
