package se.listning.region.staff.units;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.region.config.RegionProperties;

/** Reads for the unit pages: the paged unit list, one unit's details, its queue; all through indexes. */
@Repository
public class UnitQueries {

    /** A listing type of the region, for the settings form. */
    public record ListingTypeOption(String code, String codeSystem, String name) {

        public String key() {
            return code + "|" + codeSystem;
        }

        public boolean pv() {
            return ListingTypeCode.PV.code().equals(code) && ListingTypeCode.PV.codeSystem().equals(codeSystem);
        }
    }

    private static final String PV = "f.hsa_id = l.facility_hsa_id and l.code = 'PV' and l.code_system = '"
            + ListingTypeCode.PV.codeSystem() + "'";

    private final JdbcClient jdbc;
    private final String ownCounty;

    public UnitQueries(JdbcClient jdbc, RegionProperties properties) {
        this.jdbc = jdbc;
        this.ownCounty = CountyCode.of(properties.county()).code();
    }

    /** The stored spelling of a unit's HSA-id, if the unit exists. */
    public Optional<HsaId> resolve(String hsaId) {
        return jdbc.sql("select hsa_id from facility where upper(hsa_id) = upper(:id)")
                .param("id", hsaId).query(String.class).optional().map(HsaId::of);
    }

    /** Names of units by stored HSA-id (for a VC-chef's start page). */
    public List<UnitRow> rows(Set<HsaId> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return select("where f.hsa_id = any(:ids) order by f.name, f.hsa_id", units.size(), 0)
                .param("ids", units.stream().map(HsaId::value).toArray(String[]::new))
                .query(UnitRow.class).list();
    }

    /**
     * A page of units whose name or HSA-id contains {@code search} (all when blank); {@code only} limits the
     * list to those units (a VC-chef's), null = every unit of the region.
     */
    public Paged<UnitRow> page(String search, Set<HsaId> only, int page, int size) {
        String where = " where (:search = '' or upper(f.name) like :like or upper(f.hsa_id) like :like)"
                + (only == null ? "" : " and f.hsa_id = any(:ids)");
        String term = search == null ? "" : search.strip().toUpperCase(java.util.Locale.ROOT);
        String like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String[] ids = only == null ? new String[0] : only.stream().map(HsaId::value).toArray(String[]::new);
        JdbcClient.StatementSpec count = jdbc.sql("select count(*) from facility f" + where)
                .param("search", term).param("like", like);
        JdbcClient.StatementSpec rows = select(where + " order by f.name, f.hsa_id", size, (long) page * size)
                .param("search", term).param("like", like);
        if (only != null) {
            count = count.param("ids", ids);
            rows = rows.param("ids", ids);
        }
        return new Paged<>(rows.query(UnitRow.class).list(), page, size, count.query(Long.class).single());
    }

    private JdbcClient.StatementSpec select(String where, int limit, long offset) {
        return jdbc.sql("""
                        select f.hsa_id, f.name, m.name as municipality, f.listable,
                               (select count(*) from listing l where l.active and %s) as listed_pv,
                               f.max_listed as cap,
                               (select count(*) from queue_place q where q.active and q.facility_hsa_id = f.hsa_id) as queued
                        from facility f left join municipality m on m.code = f.municipality_code
                        %s limit %d offset %d""".formatted(PV, where, limit, offset));
    }

    public Optional<UnitDetail> detail(HsaId unit) {
        return jdbc.sql("""
                        select f.hsa_id, f.name, m.name as municipality, f.street_address, f.postal_code, f.city,
                               f.phone, f.listable, f.max_listed, f.offers_queue, f.supports_personnel,
                               (select count(*) from doctor d where d.facility_hsa_id = f.hsa_id and d.active) as doctors,
                               (select count(*) from queue_place q where q.active and q.facility_hsa_id = f.hsa_id) as queued
                        from facility f left join municipality m on m.code = f.municipality_code
                        where f.hsa_id = :id""")
                .param("id", unit.value())
                .query((rs, n) -> new UnitDetail(rs.getString("hsa_id"), rs.getString("name"),
                        rs.getString("municipality"), rs.getString("street_address"), rs.getString("postal_code"),
                        rs.getString("city"), rs.getString("phone"), rs.getBoolean("listable"),
                        (Integer) rs.getObject("max_listed"), rs.getBoolean("offers_queue"),
                        rs.getBoolean("supports_personnel"), rs.getLong("doctors"), rs.getLong("queued"),
                        typeCounts(unit)))
                .optional();
    }

    /** The types the unit offers (none stored = PV only), each with the number listed. */
    private List<UnitDetail.TypeCount> typeCounts(HsaId unit) {
        return jdbc.sql("""
                        with offered as (
                            select code, code_system from facility_listing_type where facility_hsa_id = :id
                            union
                            select 'PV', :pvSystem)
                        select o.code, o.code_system, coalesce(t.display_name, o.code) as name,
                               (select count(*) from listing l where l.active and l.facility_hsa_id = :id
                                  and l.code = o.code and l.code_system = o.code_system) as listed
                        from offered o left join listing_type t on t.code = o.code and t.code_system = o.code_system
                        order by (o.code = 'PV') desc, name""")
                .param("id", unit.value())
                .param("pvSystem", ListingTypeCode.PV.codeSystem())
                .query((rs, n) -> new UnitDetail.TypeCount(rs.getString("code"), rs.getString("code_system"),
                        rs.getString("name"), rs.getLong("listed")))
                .list();
    }

    public List<ListingTypeOption> listingTypes() {
        return jdbc.sql("select code, code_system, display_name from listing_type order by (code = 'PV') desc, display_name")
                .query((rs, n) -> new ListingTypeOption(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Active queue places at the unit in queue order (per listing type, first come first served). */
    public Paged<QueueRow> queue(HsaId unit, int page, int size) {
        long total = jdbc.sql("select count(*) from queue_place where active and facility_hsa_id = :id")
                .param("id", unit.value()).query(Long.class).single();
        List<QueueRow> rows = jdbc.sql("""
                        select q.id, row_number() over (partition by q.code, q.code_system order by q.queued_at, q.id) as position,
                               q.person_id, p.given_name, p.family_name, coalesce(p.protected_identity, false) as protected_identity,
                               coalesce(t.display_name, q.code) as type_name, q.queued_at,
                               current_date - q.queued_at::date as waiting_days, d.name as doctor_name
                        from queue_place q
                        left join person p on p.person_id = q.person_id
                        left join listing_type t on t.code = q.code and t.code_system = q.code_system
                        left join doctor d on upper(d.hsa_id) = upper(q.doctor_hsa_id)
                        where q.active and q.facility_hsa_id = :id
                        order by (q.code = 'PV') desc, q.code, q.code_system, q.queued_at, q.id
                        limit :limit offset :offset""")
                .param("id", unit.value())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> {
                    boolean hidden = rs.getBoolean("protected_identity");
                    String name = hidden ? null
                            : (nz(rs.getString("given_name")) + " " + nz(rs.getString("family_name"))).strip();
                    return new QueueRow(rs.getLong("id"), rs.getLong("position"), rs.getString("person_id"), name,
                            hidden, rs.getString("type_name"), rs.getTimestamp("queued_at").toLocalDateTime(),
                            rs.getLong("waiting_days"), rs.getString("doctor_name"));
                })
                .list();
        return new Paged<>(rows, page, size, total);
    }

    /** What closing the unit would touch: active listings there (of them visitors) and active queue places. */
    public record CloseImpact(long listings, long visitors, long queuePlaces) {
    }

    public CloseImpact closeImpact(HsaId unit) {
        return jdbc.sql("""
                        select (select count(*) from listing l where l.active and l.facility_hsa_id = :id) as listings,
                               (select count(*) from listing l join person p on p.person_id = l.person_id
                                 where l.active and l.facility_hsa_id = :id and p.home_county <> :own) as visitors,
                               (select count(*) from queue_place q where q.active and q.facility_hsa_id = :id) as queue_places""")
                .param("id", unit.value()).param("own", ownCounty)
                .query(CloseImpact.class).single();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
