package se.listning.region.persistence;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.model.ListingType;
import se.listning.domain.port.ListingTypeStore;

/**
 * The region's listing types, cached: GetListing asked for them up to three times per call (issue 6).
 * They change only by migration, at start-up (demo data, {@code listning.rules.max-relistings}) or by a
 * deliberate administrative change, and every writer in this process calls {@link #invalidate()} (after
 * its commit when it runs in a transaction). Start-up completion drops the cache too, and a cached list
 * is re-read after {@link #MAX_AGE} at the latest, so a change made by another node or by hand in SQL
 * is seen within that time.
 */
@Repository
public class JdbcListingTypeStore implements ListingTypeStore {

    /** Backstop for changes this process did not make (another node, SQL by hand). */
    static final Duration MAX_AGE = Duration.ofSeconds(60);

    private final JdbcClient jdbc;
    private final AtomicLong generation = new AtomicLong();
    private volatile Cached cached;

    public JdbcListingTypeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ListingType> all() {
        Cached current = cached;
        long now = System.nanoTime();
        if (current != null && current.generation() == generation.get() && now - current.loadedAt() < MAX_AGE.toNanos()) {
            return current.types();
        }
        long before = generation.get();
        List<ListingType> types = load();
        // a load that overlapped an invalidation may have read the old rows: do not keep it
        if (generation.get() == before) {
            cached = new Cached(types, before, now);
        }
        return types;
    }

    /**
     * Drops the cache now and, when called inside a transaction, once more after it commits (a reader
     * between the two could otherwise cache the rows as they were before the commit).
     */
    public void invalidate() {
        drop();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    drop();
                }
            });
        }
    }

    /** Whatever ran during start-up (demo data, test-data catalogue, relisting caps) is read afresh. */
    @EventListener(ApplicationReadyEvent.class)
    void startupDone() {
        drop();
    }

    private void drop() {
        generation.incrementAndGet();
        cached = null;
    }

    /** PV (national) first, then by code. */
    private List<ListingType> load() {
        return jdbc.sql("""
                        select code, code_system, display_name, scope, min_age, max_age, max_relistings, collaborating_counties
                        from listing_type
                        order by (code_system = :national and code = 'PV') desc, code_system, code""")
                .param("national", ListingTypeCode.NATIONAL_CODE_SYSTEM)
                .query((rs, n) -> new ListingType(
                        new ListingTypeCode(rs.getString("code"), rs.getString("code_system")),
                        rs.getString("display_name"),
                        ListingType.Scope.valueOf(rs.getString("scope")),
                        Rows.nullableInt(rs, "min_age"),
                        Rows.nullableInt(rs, "max_age"),
                        rs.getInt("max_relistings"),
                        counties(rs.getArray("collaborating_counties"))))
                .list();
    }

    private static Set<CountyCode> counties(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        return Arrays.stream((String[]) array.getArray()).map(CountyCode::of).collect(Collectors.toUnmodifiableSet());
    }

    private record Cached(List<ListingType> types, long generation, long loadedAt) {
    }
}
