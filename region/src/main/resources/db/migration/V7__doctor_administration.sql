-- Staff tool: doctor administration (issue 4, "Administrera läkare" and "Administrera koppling").
-- A doctor is offered and accepted only while active and today within [start_date, end_date].
alter table doctor
    add column work_percent      int check (work_percent between 1 and 100),
    add column specialisation    text,
    add column role              text,
    add column preferred_min_age int check (preferred_min_age between 0 and 130),
    add column preferred_max_age int check (preferred_max_age between 0 and 130),
    add column start_date        date,
    add column end_date          date,
    add column updated_at        timestamp,
    add column updated_by        text,
    add constraint doctor_dates check (end_date is null or start_date is null or end_date >= start_date);

-- The region's doctor directory (stands in for HSA/KiV): doctors registered per unit, imported from a file.
create table doctor_directory (
    hsa_id          text primary key,
    name            text      not null,
    title           text,
    specialisation  text,
    facility_hsa_id text      not null,
    imported_at     timestamp not null
);
create index doctor_directory_facility on doctor_directory (facility_hsa_id, name);

-- Random distributions of a unit's patients without fast läkarkontakt, as applied.
create table doctor_distribution (
    id              bigint generated always as identity primary key,
    facility_hsa_id text      not null references facility (hsa_id),
    seed            bigint    not null,
    requested_by    text      not null,
    applied_at      timestamp not null,
    assigned        int       not null,
    unassigned      int       not null
);
create index doctor_distribution_facility on doctor_distribution (facility_hsa_id, applied_at);

-- The unit's patient list, paged in person order.
create index listing_active_facility_person on listing (facility_hsa_id, person_id) where active;
