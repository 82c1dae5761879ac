-- claims: adjustments that are nobody's work (contractual write-downs), denied lines per remittance,
-- credit balances and the refunds that resolve them

-- Group + CARC pairs that lower the balance without work for a person. Everything else that is
-- neither the patient's (PR) nor listed here is a denied amount someone must work. Administrators
-- change this list (API /api/admin/adjustment-rules); the remittance posting reads it per batch.
create table no_work_adjustment (
    group_code  text        not null check (group_code in ('CO', 'OA', 'PI')),
    reason_code text        not null check (reason_code ~ '^[A-Z0-9]{1,5}$'),
    description text        not null,
    changed_by  text        not null default 'arflow',
    changed_at  timestamptz not null default now(),
    primary key (group_code, reason_code)
);
insert into no_work_adjustment (group_code, reason_code, description) values
    ('CO', '45', 'Charge exceeds fee schedule / maximum allowable (contractual)'),
    ('CO', '253', 'Sequestration: reduction of federal payment'),
    ('CO', '42', 'Charges exceed the fee schedule or maximum allowable (older code)'),
    ('CO', '59', 'Processed under multiple or concurrent procedure rules'),
    ('CO', '131', 'Claim-specific negotiated discount'),
    ('CO', '144', 'Incentive adjustment (e.g. preferred product or service)');

-- each denied amount of a remittance: line number (0 = claim level), procedure, group, CARC, amount, RARCs
alter table claim_remittance add column denied_lines jsonb not null default '[]';
alter table claim_remittance add column denied_amount numeric(12,2) not null default 0;

-- since when the payer side of the claim holds more money than it is owed (balance below zero)
alter table claim add column credit_since timestamptz;
create index claim_credit_idx on claim (credit_since) where credit_since is not null;

create table claim_refund (
    id           bigserial primary key,
    claim_id     bigint        not null references claim (id),
    amount       numeric(12,2) not null check (amount > 0),
    refund_to    text          not null check (refund_to in ('PAYER', 'PATIENT')),
    requested_by text          not null,
    approved_by  text          not null,
    step_key     text          not null unique,
    recorded_at  timestamptz   not null default now(),
    check (requested_by <> approved_by)
);
