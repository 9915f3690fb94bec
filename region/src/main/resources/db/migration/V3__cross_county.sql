-- Cross-county delivery (se.listning.region.crosscounty): outbox bookkeeping, refusals for staff
-- follow-up, and the synchronisation job.

-- Where a notice came from: LISTING (written by a listing transaction) or SYNC (the synchronisation job).
-- Only a refused LISTING notice about our own new listing reverts that listing (flow 11b).
alter table outbox_update_listing add column origin text not null default 'LISTING'
    check (origin in ('LISTING', 'SYNC'));
alter table outbox_update_listing add column delivered_at timestamp;
alter table outbox_update_listing add column last_attempt_at timestamp;
-- Per-person FIFO: "is there an earlier pending notice for this person?"
create index outbox_pending_person on outbox_update_listing (person_id, id) where state = 'PENDING';

-- A visitor's listing here that the home region refused (ERROR_MAXIMUM_ANNUAL_UPDATES_EXCEEDED), or any
-- other refused notice: kept for staff follow-up. GetListing tells the resident about an asynchronous
-- refusal (answered_to_caller false) for a while.
create table cross_county_refusal (
    id                 bigint generated always as identity primary key,
    outbox_id          bigint    not null references outbox_update_listing (id),
    person_id          text      not null,
    receiver_county    text      not null,
    result_code        text      not null,
    result_text        text,
    listing_id         bigint    references listing (id),          -- the reverted listing, if any
    facility_hsa_id    text,
    answered_to_caller boolean   not null,                         -- flow 11a: the CreateListing caller got the code
    refused_at         timestamp not null,
    handled_at         timestamp,
    handled_by         text
);
create index cross_county_refusal_person on cross_county_refusal (person_id, refused_at);
create index cross_county_refusal_open on cross_county_refusal (refused_at) where handled_at is null;

-- The synchronisation job (one at a time across nodes; resumable through the cursor).
create table sync_job (
    id            bigint generated always as identity primary key,
    state         text      not null check (state in ('RUNNING', 'DONE', 'FAILED')),
    started_at    timestamp not null,
    finished_at   timestamp,
    cursor_person text,                                  -- last person checked (persons are visited in id order)
    total         int       not null default 0,          -- visitors with an active listing when the job started
    checked       int       not null default 0,
    mismatches    int       not null default 0,
    errors        int       not null default 0,
    last_error    text
);
create unique index sync_job_one_running on sync_job ((true)) where state = 'RUNNING';

-- What the job found; masked personnummer only (this is a report for staff).
create table sync_job_finding (
    id             bigint generated always as identity primary key,
    job_id         bigint    not null references sync_job (id),
    masked_person  text      not null,
    home_county    text      not null,
    kind           text      not null check (kind in ('MISMATCH', 'ERROR')),
    detail         text,
    found_at       timestamp not null
);
create index sync_job_finding_job on sync_job_finding (job_id, id);
