package se.listning.region.persistence;

import java.sql.Array;
import java.sql.SQLException;
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
 * The region's listing types. Not cached: the table is a handful of rows read by primary-key order in
 * well under a millisecond, and a cache went stale when the demo-data loader or staff changed the table
 * directly (and would across nodes).
 */
@Repository
public class JdbcListingTypeStore implements ListingTypeStore {

    private final JdbcClient jdbc;

    public JdbcListingTypeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ListingType> all() {
        return load();
    }

    /** Nothing is cached any more; kept so that callers written against the cache still compile. */
    @Deprecated(forRemoval = true)
    public void invalidate() {
        // no cache
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
}
