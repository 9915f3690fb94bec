-- Staff tool (/staff): who may sign in, with which role, and which units a VC-chef manages.
-- With OpenID Connect the identity provider authenticates and this table still decides the role:
-- a person unknown here or inactive cannot use the tool.
create table staff_user (
    username      text primary key,
    display_name  text    not null,
    hsa_id        text,                   -- the person's own HSA-id: the actor of listings staff register
    role          text    not null check (role in ('VC_CHEF', 'VARDVALSBEHORIG', 'SYSTEMADMINISTRATOR')),
    password_hash text,                   -- demo sign-in only; null for users who sign in with OIDC
    active        boolean not null default true,
    created_at    timestamp not null default localtimestamp
);

create table staff_user_unit (
    username        text not null references staff_user (username),
    facility_hsa_id text not null references facility (hsa_id),
    primary key (username, facility_hsa_id)
);
create index staff_user_unit_facility on staff_user_unit (facility_hsa_id);

-- The audit trail also names the staff member's role, the unit they acted for and the purpose.
alter table audit_event
    add column role    text,
    add column unit    text,
    add column purpose text;
create index audit_at on audit_event (at);
create index audit_actor on audit_event (actor_id, at);

-- Append-only: no update, delete or truncate through any connection of the application's user.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end
$$;
create trigger audit_event_no_update_or_delete before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
