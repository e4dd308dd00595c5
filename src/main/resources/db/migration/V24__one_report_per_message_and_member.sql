-- A member reports a message once: a second report of the same message adds nothing for the
-- editors to read. Reports of deleted members (reporter_id null) stay apart, as nulls are distinct.
delete from message_report later
using message_report earlier
where later.message_id = earlier.message_id
  and later.reporter_id = earlier.reporter_id
  and (later.created_at, later.id) > (earlier.created_at, earlier.id);

alter table message_report
    add constraint message_report_message_id_reporter_id_key unique (message_id, reporter_id);

-- the unique key's index begins with message_id and serves what this one did
drop index message_report_message_idx;
