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

    public JdbcFacilityStore(JdbcClient jdbc, Clock clock, RegionSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
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
        return select("", id);
    }

    @Override
    public Optional<Facility> lock(HsaId id) {
        return select(" for update", id);
    }

    @Override
    public FacilityLoad load(HsaId facility, ListingTypeCode type) {
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
        return new FacilityRow(HsaId.of(rs.getString("hsa_id")), rs.getString("name"), rs.getBoolean("listable"),
                Rows.nullableInt(rs, "max_listed"), rs.getBoolean("offers_queue"), rs.getBoolean("supports_personnel"));
    }

    private static Doctor doctor(ResultSet rs, int n) throws SQLException {
        return new Doctor(HsaId.of(rs.getString("hsa_id")), HsaId.of(rs.getString("facility_hsa_id")),
                rs.getString("name"), rs.getString("title"), rs.getBoolean("active"),
                Rows.nullableInt(rs, "max_patients"), Rows.nullableInt(rs, "min_age"), Rows.nullableInt(rs, "max_age"));
    }

    private record FacilityRow(HsaId id, String name, boolean listable, Integer maxListed, boolean offersQueue,
                               boolean supportsPersonnel) {
        Facility toFacility(List<ListingTypeCode> types) {
            return new Facility(id, name, listable, maxListed, offersQueue, supportsPersonnel, types);
        }
    }
}
