-- issue 19: an 835 whose envelope counts or control numbers do not match waits for a person (HELD);
-- a supervisor may import it anyway, and who did so is kept with the file
alter table x12_file drop constraint x12_file_status_check;
alter table x12_file add constraint x12_file_status_check check (status in ('RECEIVED', 'IMPORTED', 'FAILED', 'HELD'));
alter table x12_file add column imported_anyway_by text, add column imported_anyway_at timestamptz;

-- a payment is payer + trace number + amount + payee, one row per transaction set that carries it;
-- the same trace with another amount is a CONFLICT a person looks at, not a duplicate
alter table remittance_payment drop constraint remittance_payment_payer_key_trace_number_key;
alter table remittance_payment
    add column payee_key           text,
    add column interchange_control text,
    add column transaction_control text,
    add column status              text not null default 'POSTED' check (status in ('POSTED', 'CONFLICT')),
    add column conflicts_with      bigint references remittance_payment (id);
alter table remittance_payment add constraint remittance_payment_transaction_key
    unique (file_id, interchange_control, transaction_control);
create index remittance_payment_trace_idx on remittance_payment (payer_key, trace_number);

alter table remittance_exception drop constraint remittance_exception_kind_check;
alter table remittance_exception add constraint remittance_exception_kind_check
    check (kind in ('UNMATCHED', 'UNBALANCED', 'CONFLICT', 'IMPLAUSIBLE'));
