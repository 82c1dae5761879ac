-- payers: classes and rules that drive follow-up, timely filing and appeals
create table payer (
    id                        bigserial primary key,
    name                      text    not null unique,
    payer_code                text,
    payer_class               text    not null check (payer_class in ('MEDICARE', 'MEDICAID', 'COMMERCIAL', 'OTHER')),
    timely_filing_days        integer not null check (timely_filing_days > 0),
    timely_filing_warning_days integer not null check (timely_filing_warning_days >= 0),
    appeal_days               integer not null check (appeal_days > 0),
    expected_turnaround_days  integer not null check (expected_turnaround_days > 0),
    follow_up_days_override   integer check (follow_up_days_override > 0),
    billing_team              text    not null
);

-- reference payers of each class (limits from public payer rules; see docs/domain.md)
insert into payer (name, payer_code, payer_class, timely_filing_days, timely_filing_warning_days, appeal_days,
                   expected_turnaround_days, follow_up_days_override, billing_team) values
    ('Medicare',             'MCR01', 'MEDICARE',   365, 60, 120, 14, null, 'Government payers'),
    ('State Medicaid',       'MCD01', 'MEDICAID',   365, 60,  90, 30, null, 'Government payers'),
    ('Acme Health',          'ACME1', 'COMMERCIAL',  90, 30, 180, 30, null, 'Commercial payers'),
    ('Blue Plains Health',   'BPH01', 'COMMERCIAL', 180, 30, 180, 30,   21, 'Commercial payers'),
    ('Workers Comp Mutual',  'WCM01', 'OTHER',      180, 30,  90, 45, null, 'Commercial payers');
