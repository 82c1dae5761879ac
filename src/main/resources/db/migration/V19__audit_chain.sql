-- audit log: append-only and hash-chained. Each row's hash covers its content and the previous row's
-- hash, so an edited, removed or inserted row breaks the chain from there on (AuditLog.verifyChain).
alter table audit_log add column chain_seq bigint;
alter table audit_log add column prev_hash text;
alter table audit_log add column row_hash text;

create function audit_row_hash(seq bigint, occurred timestamptz, username text, action text, claim_id text,
                               task_key bigint, detail text, prev_hash text) returns text
    language sql stable as $$
select encode(sha256(convert_to(concat_ws('|', seq::text,
        to_char(occurred at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), username, action,
        coalesce(claim_id, ''), coalesce(task_key::text, ''), coalesce(detail, ''), coalesce(prev_hash, '')),
        'UTF8')), 'hex')
$$;

-- chain the rows written so far, in the order they were written
do $$
declare
    r record;
    previous text := null;
    n bigint := 0;
begin
    for r in select * from audit_log order by id loop
        n := n + 1;
        update audit_log set chain_seq = n, prev_hash = previous,
               row_hash = audit_row_hash(n, r.occurred_at, r.username, r.action, r.claim_id, r.task_key, r.detail, previous)
         where id = r.id;
        previous := audit_row_hash(n, r.occurred_at, r.username, r.action, r.claim_id, r.task_key, r.detail, previous);
    end loop;
end $$;

alter table audit_log alter column chain_seq set not null;
alter table audit_log alter column row_hash set not null;
create unique index audit_log_chain_idx on audit_log (chain_seq);

-- new rows: one writer at a time takes the next link (the lock lasts until its transaction ends)
create function audit_log_chain() returns trigger language plpgsql as $$
declare
    last record;
begin
    perform pg_advisory_xact_lock(7130419);
    select chain_seq, row_hash into last from audit_log order by chain_seq desc limit 1;
    new.chain_seq := coalesce(last.chain_seq, 0) + 1;
    new.prev_hash := last.row_hash;
    new.row_hash := audit_row_hash(new.chain_seq, new.occurred_at, new.username, new.action, new.claim_id,
                                   new.task_key, new.detail, new.prev_hash);
    return new;
end $$;

create trigger audit_log_chain before insert on audit_log for each row execute function audit_log_chain();

create function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'The audit log is append-only: % refused', tg_op;
end $$;

create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_refuse_change();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_refuse_change();
