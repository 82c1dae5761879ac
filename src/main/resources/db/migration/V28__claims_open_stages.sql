-- claims: a credit left for the payer to recoup is resolved on the payer side, like a closed claim
create or replace function claim_is_open(balance numeric, stage text) returns boolean language sql immutable as $$
    select balance > 0 and stage not in ('PATIENT_BALANCE', 'BILLED_TO_OTHER_PAYER', 'CLOSED', 'WRITTEN_OFF',
                                          'AWAITING_RECOUPMENT')
$$;
