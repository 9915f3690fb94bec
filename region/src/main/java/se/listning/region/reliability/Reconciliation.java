package se.listning.region.reliability;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.listning.domain.identity.CountyCode;
import se.listning.region.config.RegionProperties;

/**
 * This region's side of the cross-county reconciliation (docs/RELIABILITY.md): for our own county, the
 * "listed in another region" records of our residents; for another county, the visitors from it with an active
 * listing at our units. A comparer fetches both sides from every region and diffs them. Read-only.
 */
@Component
public class Reconciliation {

    /** One cross-county listing as one side sees it: the person, the county they are listed in, the type code. */
    public record Entry(String personId, String county, String type) {
    }

    /** What this region ({@code county}) says about residents of {@code homeCounty}. */
    public record Side(String county, String homeCounty, List<Entry> listedElsewhere, List<Entry> visitors) {
    }

    private final JdbcClient jdbc;
    private final String ownCounty;

    public Reconciliation(JdbcClient jdbc, RegionProperties properties) {
        this.jdbc = jdbc;
        this.ownCounty = properties.county();
    }

    public Side side(CountyCode homeCounty) {
        boolean home = homeCounty.code().equals(ownCounty);
        return new Side(ownCounty, homeCounty.code(), home ? listedElsewhere() : List.of(),
                home ? List.of() : visitorsFrom(homeCounty.code()));
    }

    /** Our "listed in another region" records (facility null, another county), whoever they name. */
    private List<Entry> listedElsewhere() {
        return jdbc.sql("""
                        select person_id, listing_county, code from listing
                        where active and facility_hsa_id is null and listing_county <> :own
                        order by person_id, code""")
                .param("own", ownCounty)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Active listings at our units of persons whose home county is {@code home}. */
    private List<Entry> visitorsFrom(String home) {
        return jdbc.sql("""
                        select l.person_id, l.listing_county, l.code from listing l
                        join person p on p.person_id = l.person_id
                        where l.active and l.facility_hsa_id is not null and p.home_county = :home
                        order by l.person_id, l.code""")
                .param("home", home)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }
}
