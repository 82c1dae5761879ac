-- claims: finding the claim of a remittance whose CLP01 is unknown or shared: by the payer's claim
-- number of earlier remittances, and by the patient's member id with the date of service
create index claim_remittance_payer_claim_idx on claim_remittance (payer_claim_control) where payer_claim_control is not null;
create index patient_member_idx on patient (member_id) where member_id is not null;
create index claim_patient_service_idx on claim (patient_id, service_from);
