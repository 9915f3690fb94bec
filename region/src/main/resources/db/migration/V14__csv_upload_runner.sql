-- CSV upload on several nodes (docs/csv-upload.md, "Several nodes"): the node that runs an upload and the last
-- time it said so (database clock). A node abandons only RUNNING uploads whose runner is gone: its own after a
-- restart, anybody's whose heartbeat is older than listning.upload.abandon-after.
alter table csv_upload add column node_name text, add column heartbeat_at timestamp;
