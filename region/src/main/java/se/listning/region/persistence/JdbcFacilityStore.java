package se.listning.region.persistence;

import static se.listning.region.persistence.Rows.DOCTOR_ID;
import static se.listning.region.persistence.Rows.FACILITY_ID;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.model.Doctor;
import se.listning.domain.model.Facility;
import se.listning.domain.model.FacilityLoad;
import se.listning.domain.port.FacilityStore;
import se.listning.domain.port.RegionSettings;

/**
 * Facilities, doctors and occupancy. Ids given in any case are resolved to the stored spelling first
 * (upper() indexes), so the listing and queue indexes on facility_hsa_id can be used.
 */
@Repository
public class JdbcFacilityStore implements FacilityStore {

    private static final String COLUMNS = "hsa_id, name, listable, max_listed, offers_queue, supports_personnel";
    /** A doctor counts as active only while active and today is within [start_date, end_date] (V7). */
    private static final String DOCTOR_COLUMNS = "hsa_id, facility_hsa_id, name, title, "
            + "(active and (start_date is null or start_date <= :today) and (end_date is null or end_date >= :today)) as active, "
            + "max_patients, min_age, max_age";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final RegionSettings settings;
    private final RecentFacilityLoads recentLoads;

    public JdbcFacilityStore(JdbcClient jdbc, Clock clock, RegionSettings settings, RecentFacilityLoads recentLoads) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.recentLoads = recentLoads;
    }

    @Override
    public List<Facility> listable() {
        List<FacilityRow> rows = jdbc.sql("select " + COLUMNS + " from facility where listable order by name, hsa_id")
                .query(JdbcFacilityStore::facilityRow).list();
        Map<String, List<ListingTypeCode>> types = new HashMap<>();
        jdbc.sql("""
                        select flt.facility_hsa_id, flt.code, flt.code_system
                        from facility_listing_type flt join facility f on f.hsa_id = flt.facility_hsa_id
                        where f.listable order by flt.facility_hsa_id, flt.code_system, flt.code""")
                .query((ResultSet rs) -> {
                    types.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new ListingTypeCode(rs.getString(2), rs.getString(3)));
                });
        return rows.stream().map(r -> r.toFacility(types.getOrDefault(r.id().value(), List.of()))).toList();
    }

    @Override
    public Optional<Facility> find(HsaId id) {
        ReadScope scope = ReadScope.current();
        Optional<Facility> fetched = scope == null ? Optional.empty() : scope.facility(id);
        return fetched.isPresent() ? fetched : select("", id);
    }

    @Override
    public Optional<Facility> lock(HsaId id) {
        return select(" for update", id);
    }

    @Override
    public FacilityLoad load(HsaId facility, ListingTypeCode type) {
        ReadScope scope = ReadScope.current();
        // Reads (a ReadScope is open) may show a recent count; everything else counts in its own transaction.
        return scope == null ? count(facility, type)
                : scope.load(facility, type, () -> recentLoads.get(facility, type, () -> count(facility, type)));
    }

    private FacilityLoad count(HsaId facility, ListingTypeCode type) {
        int window = settings.queueOutflowWindowDays();
        LocalDateTime since = LocalDateTime.now(clock).minusDays(window);
        return jdbc.sql("""
                        select
                          (select count(*) from listing l where l.facility_hsa_id = %1$s and l.active
                             and l.code = :code and l.code_system = :codeSystem) as listed,
                          (select count(*) from queue_place q where q.facility_hsa_id = %1$s and q.active
                             and q.code = :code and q.code_system = :codeSystem) as queued,
                          (select count(*) from listing l where l.facility_hsa_id = %1$s and not l.active
                             and l.ended_at >= :since and l.code = :code and l.code_system = :codeSystem) as outflow
                        """.formatted(FACILITY_ID))
                .param("facility", facility.value())
                .param("code", type.code())
                .param("codeSystem", type.codeSystem())
                .param("since", since)
                .query((rs, n) -> new FacilityLoad(rs.getInt("listed"), rs.getInt("queued"), rs.getInt("outflow"), window))
                .single();
    }

    @Override
    public List<Doctor> doctors(HsaId facility) {
        return jdbc.sql("select " + DOCTOR_COLUMNS + " from doctor where facility_hsa_id = " + FACILITY_ID
                        + " order by name, hsa_id")
                .param("facility", facility.value())
                .param("today", LocalDate.now(clock))
                .query(JdbcFacilityStore::doctor).list();
    }

    @Override
    public Optional<Doctor> doctor(HsaId id) {
        ReadScope scope = ReadScope.current();
        Optional<Doctor> fetched = scope == null ? null : scope.doctor(id);
        if (fetched != null) {
            return fetched;
        }
        return jdbc.sql("select " + DOCTOR_COLUMNS + " from doctor where upper(hsa_id) = upper(:doctor)")
                .param("doctor", id.value())
                .param("today", LocalDate.now(clock))
                .query(JdbcFacilityStore::doctor).optional();
    }

    @Override
    public int listedWithDoctor(HsaId doctor) {
        return jdbc.sql("select count(*) from listing where doctor_hsa_id = " + DOCTOR_ID + " and active")
                .param("doctor", doctor.value())
                .query(Integer.class).single();
    }

    private Optional<Facility> select(String suffix, HsaId id) {
        Optional<FacilityRow> row = jdbc.sql("select " + COLUMNS + " from facility where upper(hsa_id) = upper(:facility)" + suffix)
                .param("facility", id.value())
                .query(JdbcFacilityStore::facilityRow).optional();
        return row.map(r -> r.toFacility(jdbc.sql("""
                        select code, code_system from facility_listing_type where facility_hsa_id = :stored
                        order by code_system, code""")
                .param("stored", r.id().value())
                .query((rs, n) -> new ListingTypeCode(rs.getString(1), rs.getString(2))).list()));
    }

    private static FacilityRow facilityRow(ResultSet rs, int n) throws SQLException {
        return facilityRow(rs, "");
    }

    private static FacilityRow facilityRow(ResultSet rs, String prefix) throws SQLException {
        return new FacilityRow(HsaId.of(rs.getString(prefix + "hsa_id")), rs.getString(prefix + "name"),
                rs.getBoolean(prefix + "listable"), Rows.nullableInt(rs, prefix + "max_listed"),
                rs.getBoolean(prefix + "offers_queue"), rs.getBoolean(prefix + "supports_personnel"));
    }

    private static Doctor doctor(ResultSet rs, int n) throws SQLException {
        return doctor(rs, "");
    }

    private static Doctor doctor(ResultSet rs, String prefix) throws SQLException {
        return new Doctor(HsaId.of(rs.getString(prefix + "hsa_id")), HsaId.of(rs.getString(prefix + "facility_hsa_id")),
                rs.getString(prefix + "name"), rs.getString(prefix + "title"), rs.getBoolean(prefix + "active"),
                Rows.nullableInt(rs, prefix + "max_patients"), Rows.nullableInt(rs, prefix + "min_age"),
                Rows.nullableInt(rs, prefix + "max_age"));
    }

    /**
     * Columns of a listing's unit (prefix {@code f_}, with its listing types as two parallel arrays) and doctor
     * (prefix {@code d_}), for a query that joins {@code facility f} and {@code doctor d} and binds {@code :today}.
     */
    static final String JOINED_COLUMNS = """
            f.hsa_id as f_hsa_id, f.name as f_name, f.listable as f_listable, f.max_listed as f_max_listed,
            f.offers_queue as f_offers_queue, f.supports_personnel as f_supports_personnel,
            array(select t.code from facility_listing_type t where t.facility_hsa_id = f.hsa_id
                  order by t.code_system, t.code) as f_codes,
            array(select t.code_system from facility_listing_type t where t.facility_hsa_id = f.hsa_id
                  order by t.code_system, t.code) as f_code_systems,
            d.hsa_id as d_hsa_id, d.facility_hsa_id as d_facility_hsa_id, d.name as d_name, d.title as d_title,
            (d.active and (d.start_date is null or d.start_date <= :today) and (d.end_date is null or d.end_date >= :today))
              as d_active, d.max_patients as d_max_patients, d.min_age as d_min_age, d.max_age as d_max_age""";

    /** Remembers the unit and doctor of one row selected with {@link #JOINED_COLUMNS} in the scope. */
    static void rememberJoined(ResultSet rs, HsaId doctorOfRow, ReadScope scope) throws SQLException {
        if (rs.getString("f_hsa_id") != null) {
            String[] codes = (String[]) rs.getArray("f_codes").getArray();
            String[] systems = (String[]) rs.getArray("f_code_systems").getArray();
            List<ListingTypeCode> types = new ArrayList<>(codes.length);
            for (int i = 0; i < codes.length; i++) {
                types.add(new ListingTypeCode(codes[i], systems[i]));
            }
            scope.remember(facilityRow(rs, "f_").toFacility(List.copyOf(types)));
        }
        if (doctorOfRow != null) {
            scope.remember(doctorOfRow, rs.getString("d_hsa_id") == null ? Optional.empty() : Optional.of(doctor(rs, "d_")));
        }
    }

    private record FacilityRow(HsaId id, String name, boolean listable, Integer maxListed, boolean offersQueue,
                               boolean supportsPersonnel) {
        Facility toFacility(List<ListingTypeCode> types) {
            return new Facility(id, name, listable, maxListed, offersQueue, supportsPersonnel, types);
        }
    }
}
