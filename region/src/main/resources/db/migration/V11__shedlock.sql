-- Scheduled jobs (queue advancement, outbox delivery) run on one node at a time: ShedLock keeps one row per
-- job name here (SchedulingLockConfig). Times are the database's own clock in UTC (usingDbTime), so the
-- nodes' clocks never decide who holds a lock. The jobs stay correct without this table (row locks,
-- leases); the lock only keeps several nodes from doing the same round at once.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
