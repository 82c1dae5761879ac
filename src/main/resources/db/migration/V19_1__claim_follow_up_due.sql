-- claims: when the current wait for the payer ends (engine time), so a resumed claim keeps its due time
alter table claim add column follow_up_due_at timestamptz;
