package se.listning.region.persistence;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.model.ListingType;
import se.listning.domain.port.ListingTypeStore;

/**
 * The region's listing types. The table is tiny and read on every request, so it is cached for a
 * short while; {@link #invalidate()} after changing it (another node sees the change within the TTL).
 */
@Repository
public class JdbcListingTypeStore implements ListingTypeStore {

    private static final Duration TTL = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private volatile Cached cached;

    public JdbcListingTypeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ListingType> all() {
        Cached current = cached;
        long now = System.nanoTime();
        if (current == null || now - current.loadedAt() > TTL.toNanos()) {
            current = new Cached(load(), now);
            cached = current;
        }
        return current.types();
    }

    public void invalidate() {
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

    private record Cached(List<ListingType> types, long loadedAt) {
    }
}
