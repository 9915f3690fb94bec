-- Audit of one act that concerns many persons (a CSV upload sets the doctor of thousands of patients at a unit):
-- the act is one audit_event row (who, role, unit, what, purpose; person_id null) and every person it concerned
-- one row here, with what it meant for that person. An audit_event row per person costs seven index entries
-- (~35 µs); this is two (~5 µs). The viewer's person filter reads both tables (AuditEntries), so "every act
-- concerning this person" stays one query. Ids come from audit_event's own sequence: (at, id) stays unique
-- across both tables, as the viewer's keyset paging needs.
create table audit_event_person (
    id        bigint    not null default nextval('audit_event_id_seq') primary key,
    event_id  bigint    not null,   -- audit_event.id; written by the same statement as the event (no foreign key:
                                    -- its check is ~8 µs per row, and audit_event rows can never be deleted)
    at        timestamp not null,   -- audit_event.at
    person_id text      not null,
    detail    text                  -- for this person, e.g. 'doctor=SE...-L1 date=2026-01-15'
);
create index audit_event_person_person on audit_event_person (person_id, at, id);

-- Append-only like audit_event (V5): no update, delete or truncate through any connection.
create function audit_event_person_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event_person is append-only';
end
$$;
create trigger audit_event_person_no_update_or_delete before update or delete on audit_event_person
    for each row execute function audit_event_person_append_only();
create trigger audit_event_person_no_truncate before truncate on audit_event_person
    for each statement execute function audit_event_person_append_only();
