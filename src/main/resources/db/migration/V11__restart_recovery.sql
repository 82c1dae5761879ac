-- engine: a process start may begin before a given element (restart recovery)
alter table engine_outbox add column start_before text;
-- claims: which engine run follows the claim up (the embedded engine forgets its instances on restart)
alter table claim add column engine_run text;
-- engine: whose process a queued start is (a claim id), so a resume does not start it twice
alter table engine_outbox add column business_key text;
create index engine_outbox_pending_start_idx on engine_outbox (business_key) where sent_at is null and kind = 'START_PROCESS';
