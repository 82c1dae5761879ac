-- claims: the level of the claim's latest appeal, so an appeal resumed after a restart keeps its level
alter table claim add column appeal_level int not null default 0;
-- patient billing: when the current statement period ends (engine time), so a resumed account keeps it
alter table patient_account add column next_statement_at timestamptz;
