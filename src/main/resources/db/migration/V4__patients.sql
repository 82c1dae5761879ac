-- patients: the people claims are for
create table patient (
    id         bigserial primary key,
    first_name text not null,
    last_name  text not null,
    birth_date date,
    member_id  text
);
create unique index patient_identity_idx
    on patient (lower(last_name), lower(first_name), coalesce(birth_date, 'infinity'::date), coalesce(member_id, ''));
