-- Staff CSV upload (Ladda upp via fil, docs/csv-upload.md): one row per uploaded file with its outcome,
-- the per-unit summary and the faulty rows, so the result page and the error download work later.
-- The rows themselves are staged in a temporary table of the upload's transaction only.
create table csv_upload (
    id           bigint generated always as identity primary key,
    uploaded_by  text      not null,          -- staff_user.username
    actor_id     text      not null,          -- as in the audit log
    role         text      not null,
    uploaded_at  timestamp not null default localtimestamp,
    file_name    text,
    file_bytes   bigint    not null default 0,
    state        text      not null default 'RUNNING'
                 check (state in ('RUNNING', 'APPLIED', 'REJECTED', 'REFUSED', 'FAILED')),
    total        int       not null default 0,
    approved     int       not null default 0,
    faulty       int       not null default 0,
    updated      int       not null default 0,
    message      text,                        -- REFUSED/FAILED: why, in Swedish
    finished_at  timestamp
);
create index csv_upload_by on csv_upload (uploaded_by, id desc);
create index csv_upload_running on csv_upload (state) where state = 'RUNNING';

create table csv_upload_unit (
    upload_id bigint not null references csv_upload (id),
    unit      text   not null,                -- HSA-id as uploaded (upper case) when unknown
    name      text,                           -- facility name when known
    total     int    not null,
    approved  int    not null,
    faulty    int    not null,
    updated   int    not null,
    primary key (upload_id, unit)
);

create table csv_upload_error (
    upload_id bigint not null references csv_upload (id),
    line_no   bigint not null,
    person_id text,                           -- 12 digits when the personnummer was valid (audit of downloads)
    person    text,                           -- the fields as uploaded
    unit      text,
    doctor    text,
    link_date text,
    message   text   not null,
    primary key (upload_id, line_no)
);
create index csv_upload_error_message on csv_upload_error (upload_id, message);
