-- Staff person view (/staff/persons): on-call cooperating units of a unit, and the signed paper
-- forms staff registered listings from (flow 10), with whether the form has been scanned.

create table facility_on_call (
    id              bigint generated always as identity primary key,
    facility_hsa_id text not null references facility (hsa_id),
    partner_name    text not null,
    partner_hsa_id  text
);
create index facility_on_call_facility on facility_on_call (facility_hsa_id);

create table paper_form (
    listing_id    bigint    primary key references listing (id),
    registered_by text      not null,
    registered_at timestamp not null,
    scanned_at    timestamp,
    scanned_by    text
);
