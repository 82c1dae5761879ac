-- A task that was open when the earlier run of the embedded engine ended: its follow-up resumes at it (the patient
-- account's call, collections review or plan set-up comes back as it was, not as the step after a statement period).
alter table user_task add column interrupted_at timestamptz;
-- the latest task of a patient account's follow-up (the tasks carry the account id in their variables)
create index user_task_patient_account_idx on user_task ((variables ->> 'accountId'), created_at)
    where bpmn_process_id = 'patient-balance';
