-- Listning: one region's listing data. Nothing is deleted: listings, queue places and consent
-- requests are ended by setting their end columns; the partial unique indexes let the database
-- referee "one active listing per person and type" and "one queue place per person, unit and type".
-- HSA-ids are stored as given and matched through upper(); person ids are 12 digits.

create table listing_type (
    code                 text    not null,
    code_system          text    not null,
    display_name         text    not null,
    scope                text    not null check (scope in ('NATIONAL', 'REGIONAL', 'INTER_REGIONAL')),
    min_age              int,
    max_age              int,
    max_relistings       int     not null default 2,
    collaborating_counties text[] not null default '{}',
    primary key (code, code_system)
);

create table municipality (
    code        text primary key,           -- four-digit kommunkod
    county_code text not null,
    name        text not null
);

create table facility (
    hsa_id                 text primary key,
    name                   text    not null,
    municipality_code      text,
    street_address         text,
    postal_code            text,
    city                   text,
    phone                  text,
    listable               boolean not null default true,
    max_listed             int,             -- null: no cap
    offers_queue           boolean not null default false,
    supports_personnel     boolean not null default false,
    created_at             timestamp not null default localtimestamp
);
create unique index facility_hsa_upper on facility (upper(hsa_id));

-- Listing types a facility offers; none = PV only.
create table facility_listing_type (
    facility_hsa_id text not null references facility (hsa_id),
    code            text not null,
    code_system     text not null,
    primary key (facility_hsa_id, code, code_system),
    foreign key (code, code_system) references listing_type (code, code_system)
);

create table doctor (
    hsa_id          text primary key,
    facility_hsa_id text    not null references facility (hsa_id),
    name            text    not null,
    title           text,
    active          boolean not null default true,
    max_patients    int,
    min_age         int,
    max_age         int
);
create unique index doctor_hsa_upper on doctor (upper(hsa_id));
create index doctor_facility on doctor (facility_hsa_id);

-- Residents come from the population register; visitors (home_county <> own county) are created
-- when they list here. Name and address are held for staff only and never for protected identities
-- in any answer or log.
create table person (
    person_id          text    primary key check (person_id ~ '^[0-9]{12}$'),
    coordination_number boolean not null default false,
    birth_date         date    not null,
    home_county        text    not null,
    municipality_code  text,
    resident           boolean not null default true,
    given_name         text,
    family_name        text,
    street_address     text,
    postal_code        text,
    city               text,
    protected_identity boolean not null default false,
    deceased           boolean not null default false,
    created_at         timestamp not null default localtimestamp
);

create table guardianship (
    child_id    text not null references person (person_id),
    guardian_id text not null check (guardian_id ~ '^[0-9]{12}$'),
    primary key (child_id, guardian_id)
);
create index guardianship_guardian on guardianship (guardian_id);

create table listing (
    id               bigint generated always as identity primary key,
    person_id        text      not null references person (person_id),
    code             text      not null,
    code_system      text      not null,
    facility_hsa_id  text      references facility (hsa_id),   -- null: listed in another region
    listing_county   text      not null,
    doctor_hsa_id    text      references doctor (hsa_id),
    valid_from       timestamp not null,
    valid_to         timestamp,                                -- known end (future) or actual end
    active           boolean   not null default true,
    start_reason     text      not null,
    end_reason       text,
    ended_at         timestamp,
    source           text      not null,
    actor_type       text,
    actor_id         text,
    created_at       timestamp not null default localtimestamp,
    check (active = (ended_at is null)),
    check (facility_hsa_id is not null or listing_county is not null)
);
create unique index listing_one_active_per_type on listing (person_id, code, code_system) where active;
create index listing_active_facility on listing (facility_hsa_id, code, code_system) where active;
create index listing_active_doctor on listing (doctor_hsa_id) where active and doctor_hsa_id is not null;
create index listing_person on listing (person_id);
create index listing_ended_facility on listing (facility_hsa_id, ended_at) where not active;

-- Doctor changes on a listing, for history.
create table listing_doctor_change (
    id          bigint generated always as identity primary key,
    listing_id  bigint    not null references listing (id),
    doctor_hsa_id text,
    changed_at  timestamp not null
);

create table queue_place (
    id               bigint generated always as identity primary key,
    person_id        text      not null references person (person_id),
    facility_hsa_id  text      not null references facility (hsa_id),
    code             text      not null,
    code_system      text      not null,
    doctor_hsa_id    text,
    queued_at        timestamp not null,
    active           boolean   not null default true,
    left_at          timestamp,
    leave_reason     text,
    check (active = (left_at is null))
);
create unique index queue_one_active_place on queue_place (person_id, facility_hsa_id, code, code_system) where active;
create index queue_order on queue_place (facility_hsa_id, code, code_system, queued_at, id) where active;

-- Relistings counted by the home region, and staff-granted extra changes.
create table relisting (
    id          bigint generated always as identity primary key,
    person_id   text      not null,
    code        text      not null,
    code_system text      not null,
    counted_at  timestamp not null,
    source      text      not null
);
create index relisting_person on relisting (person_id, code, code_system, counted_at);

create table relisting_exemption (
    id          bigint generated always as identity primary key,
    person_id   text      not null,
    code        text      not null,
    code_system text      not null,
    granted_at  timestamp not null,
    granted_by  text      not null,
    reason      text      not null
);
create index relisting_exemption_person on relisting_exemption (person_id, code, code_system, granted_at);

-- A guardian's request for a child with two guardians, waiting for the other guardian.
create table guardian_request (
    id              bigint generated always as identity primary key,
    child_id        text      not null,
    guardian_id     text      not null,
    facility_hsa_id text      not null,
    code            text      not null,
    code_system     text      not null,
    requested_at    timestamp not null,
    completed_at    timestamp
);
create index guardian_request_child on guardian_request (child_id, code, code_system) where completed_at is null;

-- UpdateListing notices to other regions, written in the listing transaction, delivered after commit.
create table outbox_update_listing (
    id                 bigint generated always as identity primary key,
    receiver_county    text      not null,
    person_id          text      not null,
    new_listing_county text      not null,
    home_county        text      not null,
    code               text,
    code_system        text,
    created_at         timestamp not null,
    state              text      not null default 'PENDING' check (state in ('PENDING', 'DELIVERED', 'REFUSED', 'FAILED')),
    attempts           int       not null default 0,
    next_attempt_at    timestamp not null,
    result_code        text,
    last_error         text
);
create index outbox_pending on outbox_update_listing (next_attempt_at, id) where state = 'PENDING';

-- PDL audit: every read and write of a person's listing data, by whom and through which channel.
create table audit_event (
    id            bigint generated always as identity primary key,
    at            timestamp not null default localtimestamp,
    channel       text not null,            -- e.g. SOAP contract name, staff, job
    consumer_id   text,                     -- calling system (x-rivta-original-serviceconsumer-hsaid)
    actor_type    text,
    actor_id      text,
    action        text not null,
    person_id     text,
    outcome       text,
    detail        text
);
create index audit_person on audit_event (person_id, at);
