-- Staff tool: units, queues and reports (se.listning.region.staff.units / .reports). Indexes only, so
-- that every report aggregates through an index instead of scanning the listing or person tables.

-- Ours listed in another region, per county (report "utomlänslistning").
create index listing_active_elsewhere on listing (listing_county) where active and facility_hsa_id is null;
-- Listings started at a unit per month (relistings to a VC-chef's own units).
create index listing_facility_from on listing (facility_hsa_id, valid_from);
-- Relistings per month, region-wide.
create index relisting_counted on relisting (counted_at);
-- Visitors (home county elsewhere) are few: found without scanning the population.
create index person_visitor on person (home_county, person_id) where not resident;
-- Waits of those listed from the queue (left with reason PROMOTED).
create index queue_promoted on queue_place (facility_hsa_id, left_at) where not active and leave_reason = 'PROMOTED';
-- Unit search by name.
create index facility_name_upper on facility (upper(name));
