-- Audit viewer (/staff/audit): newest first with keyset paging, where (at, id) < (:at, :id)
-- order by at desc, id desc limit 50. Every filter column has an index that starts with it and continues
-- with (at, id) in the viewer's order, so a page reads about 50 index entries however large the table is.
-- The indexes of V1/V5 on (person_id, at), (actor_id, at) and (at) are replaced by their (.., at, id) forms.
drop index audit_at;
create index audit_at_id on audit_event (at, id);
drop index audit_person;
create index audit_person on audit_event (person_id, at, id);
drop index audit_actor;
create index audit_actor on audit_event (actor_id, at, id);
create index audit_unit on audit_event (unit, at, id);
create index audit_action on audit_event (action, at, id);
create index audit_channel on audit_event (channel, at, id);
