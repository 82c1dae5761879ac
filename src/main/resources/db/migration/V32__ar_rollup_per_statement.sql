-- issue 19, "posting speed": the AR rollup triggers of V18 ran per row. An 835 posts thousands of claims in a
-- few set-based statements, and claims of one payer and date of service share one ar_day row, which the row
-- triggers then updated three times per claim inside one transaction: every update of the same row adds a
-- version the next one has to step over, so posting 10,000 such claims took ~15 s instead of ~1.5 s.
-- The same sums, now once per statement from its transition tables: one upsert per touched payer and day.

drop trigger ar_day_remittance on claim_remittance;
drop trigger ar_day_claim on claim;

create function ar_day_on_remittances() returns trigger language plpgsql as $$
begin
    with per_claim as (
        select claim_id, sum(paid) as paid, sum(remittance_contractual(adjustments, service_lines)) as contractual,
               bool_or(status_code not in ('22', '23')) as adjudicated, bool_or(status_code = '4') as denied,
               (array_agg(posted_at order by posted_at, id))[1] as first_at,
               (array_agg(id order by posted_at, id))[1] as first_id,
               (array_agg(status_code in ('1', '2', '3', '19', '20', '21') order by posted_at, id))[1] as first_pass
        from inserted group by claim_id),
    merged as (
        select p.claim_id, c.payer_id, c.service_from,
               coalesce(f.payments, 0) as old_payments, coalesce(f.contractual, 0) as old_contractual,
               coalesce(f.adjudicated, false) as old_adjudicated, coalesce(f.denied, false) as old_denied,
               coalesce(f.first_pass, false) as old_first_pass,
               coalesce(f.payments, 0) + p.paid as payments, coalesce(f.contractual, 0) + p.contractual as contractual,
               coalesce(f.adjudicated, false) or p.adjudicated as adjudicated,
               coalesce(f.denied, false) or p.denied as denied,
               f.claim_id is null or (p.first_at, p.first_id) < (f.first_posted_at, f.first_id) as is_first,
               p.first_at, p.first_id, p.first_pass, f.first_posted_at as old_first_at, f.first_id as old_first_id
        from per_claim p join claim c on c.id = p.claim_id
             left join claim_remittance_facts f on f.claim_id = p.claim_id),
    facts as (
        insert into claim_remittance_facts (claim_id, payments, contractual, adjudicated, denied, first_posted_at,
                                            first_id, first_pass)
        select claim_id, payments, contractual, adjudicated, denied,
               case when is_first then first_at else old_first_at end,
               case when is_first then first_id else old_first_id end,
               case when is_first then first_pass else old_first_pass end
        from merged
        on conflict (claim_id) do update set payments = excluded.payments, contractual = excluded.contractual,
            adjudicated = excluded.adjudicated, denied = excluded.denied, first_posted_at = excluded.first_posted_at,
            first_id = excluded.first_id, first_pass = excluded.first_pass)
    insert into ar_day as d (payer_id, service_from, payments, contractual, adjudicated, denied, first_pass)
    select payer_id, service_from, sum(payments - old_payments), sum(contractual - old_contractual),
           sum(adjudicated::int - old_adjudicated::int), sum(denied::int - old_denied::int),
           sum((case when is_first then first_pass else old_first_pass end)::int - old_first_pass::int)
    from merged group by payer_id, service_from
    on conflict (payer_id, service_from) do update set payments = d.payments + excluded.payments,
        contractual = d.contractual + excluded.contractual, adjudicated = d.adjudicated + excluded.adjudicated,
        denied = d.denied + excluded.denied, first_pass = d.first_pass + excluded.first_pass;
    return null;
end $$;

create trigger ar_day_remittance after insert on claim_remittance referencing new table as inserted
    for each statement execute function ar_day_on_remittances();

-- a claim's contribution (with its remittance facts) leaves its old day and joins its new one, summed per day
create function ar_day_add_claims(signs int[], ids bigint[], payers bigint[], days date[], billed numeric[],
                                  balances numeric[], stages text[]) returns void language sql as $$
    insert into ar_day as d (payer_id, service_from, claims, billed, open_claims, open_balance, payments, contractual,
                             adjudicated, denied, first_pass)
    select c.payer_id, c.service_from, sum(c.sign), sum(c.sign * c.billed_amount),
           sum(c.sign * claim_is_open(c.balance, c.stage)::int),
           sum(case when claim_is_open(c.balance, c.stage) then c.sign * c.balance else 0 end),
           sum(c.sign * coalesce(f.payments, 0)), sum(c.sign * coalesce(f.contractual, 0)),
           sum(c.sign * coalesce(f.adjudicated::int, 0)), sum(c.sign * coalesce(f.denied::int, 0)),
           sum(c.sign * coalesce(f.first_pass::int, 0))
    from unnest(signs, ids, payers, days, billed, balances, stages)
             as c(sign, id, payer_id, service_from, billed_amount, balance, stage)
         left join claim_remittance_facts f on f.claim_id = c.id
    group by c.payer_id, c.service_from
    on conflict (payer_id, service_from) do update set claims = d.claims + excluded.claims,
        billed = d.billed + excluded.billed, open_claims = d.open_claims + excluded.open_claims,
        open_balance = d.open_balance + excluded.open_balance, payments = d.payments + excluded.payments,
        contractual = d.contractual + excluded.contractual, adjudicated = d.adjudicated + excluded.adjudicated,
        denied = d.denied + excluded.denied, first_pass = d.first_pass + excluded.first_pass
$$;

create function ar_day_on_claims_inserted() returns trigger language plpgsql as $$
begin
    perform ar_day_add_claims(array_agg(1), array_agg(id), array_agg(payer_id), array_agg(service_from),
                              array_agg(billed_amount), array_agg(balance), array_agg(stage))
    from new_rows having count(*) > 0;
    return null;
end $$;

create function ar_day_on_claims_deleted() returns trigger language plpgsql as $$
begin
    perform ar_day_add_claims(array_agg(-1), array_agg(id), array_agg(payer_id), array_agg(service_from),
                              array_agg(billed_amount), array_agg(balance), array_agg(stage))
    from old_rows having count(*) > 0;
    return null;
end $$;

-- rows whose counted columns did not change add nothing and are left out
create function ar_day_on_claims_updated() returns trigger language plpgsql as $$
begin
    perform ar_day_add_claims(array_agg(s.sign), array_agg(s.id), array_agg(s.payer_id), array_agg(s.service_from),
                              array_agg(s.billed_amount), array_agg(s.balance), array_agg(s.stage))
    from old_rows o join new_rows n on n.id = o.id,
         lateral (values (-1, o.id, o.payer_id, o.service_from, o.billed_amount, o.balance, o.stage),
                         (1, n.id, n.payer_id, n.service_from, n.billed_amount, n.balance, n.stage))
             as s(sign, id, payer_id, service_from, billed_amount, balance, stage)
    where (o.payer_id, o.service_from, o.billed_amount, o.balance, o.stage)
          is distinct from (n.payer_id, n.service_from, n.billed_amount, n.balance, n.stage)
    having count(*) > 0;
    return null;
end $$;

-- transition tables cannot go with a column list: the update trigger sees every update and keeps what counts
create trigger ar_day_claim after update on claim referencing old table as old_rows new table as new_rows
    for each statement execute function ar_day_on_claims_updated();
create trigger ar_day_claim_insert after insert on claim referencing new table as new_rows
    for each statement execute function ar_day_on_claims_inserted();
create trigger ar_day_claim_delete after delete on claim referencing old table as old_rows
    for each statement execute function ar_day_on_claims_deleted();
