package se.listning.region.hostile;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Row counts of every table a listing request may write (the audit log excluded: it may grow), to
 * prove that a refused request changed nothing.
 */
public record TableCounts(long listing, long queuePlace, long relisting, long outbox, long person, long guardianRequest) {

    public static TableCounts of(JdbcClient jdbc) {
        return jdbc.sql("""
                select (select count(*) from listing), (select count(*) from queue_place),
                       (select count(*) from relisting), (select count(*) from outbox_update_listing),
                       (select count(*) from person), (select count(*) from guardian_request)""")
                .query((rs, row) -> new TableCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)))
                .single();
    }

    /** Whether nothing shrank and the listing-related tables grew by at most one request's worth. */
    public boolean nothingLost(TableCounts before) {
        return listing >= before.listing && queuePlace >= before.queuePlace && relisting >= before.relisting
                && outbox >= before.outbox && person >= before.person && guardianRequest >= before.guardianRequest;
    }
}
