-- Population register (folkbokföring) deliveries: one row per feed id. A feed is validated as a whole
-- (REJECTED with its problem list, nothing applied) and then applied in batches; last_applied_line is
-- written in the same transaction as each batch, so a restart continues after the last committed batch
-- and a feed id that is DONE is never applied again.
create table population_feed (
    feed_id           text primary key,
    county            text      not null,
    file_path         text      not null,
    checksum          text      not null,
    created           timestamp,                  -- the header's creation time
    state             text      not null check (state in ('REJECTED', 'APPLYING', 'DONE')),
    total_changes     int       not null default 0,
    applied_changes   int       not null default 0,
    last_applied_line int       not null default 0,
    passive_listings  int       not null default 0,
    problems          text,                       -- one problem per line, for REJECTED
    last_error        text,                       -- why the last apply run stopped, if it did
    submitted_at      timestamp not null default localtimestamp,
    finished_at       timestamp
);
