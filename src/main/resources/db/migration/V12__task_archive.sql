-- tasks: job keys of an earlier run of the embedded engine are moved out of the way (negative) at start-up,
-- since the restarted engine hands out the same keys again
create sequence user_task_archive_key;
