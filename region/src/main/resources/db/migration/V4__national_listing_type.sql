-- Every region offers the national primary-care listing type (spec 5.3): it exists from the first
-- start, with or without demo data. Its relisting cap (default 2 per rolling 12 months) is the
-- region's to change.
insert into listing_type (code, code_system, display_name, scope, max_relistings)
values ('PV', '1.2.752.129.5.1.27', 'Primärvårdslistning', 'NATIONAL', 2)
on conflict do nothing;
