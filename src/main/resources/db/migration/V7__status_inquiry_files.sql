-- claims: which 276 file carried an inquiry, or why it could not be written
alter table status_inquiry add column file_name text;
alter table status_inquiry add column failed_reason text;
