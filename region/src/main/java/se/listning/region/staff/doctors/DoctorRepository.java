package se.listning.region.staff.doctors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.listning.domain.identity.ListingTypeCode;

/** Doctors of a unit with their listed counts, the unit's link statistics, and doctor updates. */
@Repository
public class DoctorRepository {

    /** Listed (PV) patients of a unit: with and without fast läkarkontakt, and free places to the active doctors' caps. */
    public record UnitStats(int listed, int withDoctor, int free, boolean uncapped) {
        public int withoutDoctor() {
            return listed - withDoctor;
        }

        /** Share without doctor in whole per cent. */
        public long withoutShare() {
            return listed == 0 ? 0 : Math.round(100.0 * withoutDoctor() / listed);
        }
    }

    private static final String SELECT = """
            select d.*, (d.active and (d.start_date is null or d.start_date <= :today)
                           and (d.end_date is null or d.end_date >= :today)) as effective,
                   (select count(*) from listing l where l.doctor_hsa_id = d.hsa_id and l.active) as listed
            from doctor d""";

    private final JdbcClient jdbc;

    public DoctorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DoctorDetail> ofUnit(String unit, LocalDate today) {
        return jdbc.sql(SELECT + " where d.facility_hsa_id = :unit order by d.name, d.hsa_id")
                .param("unit", unit).param("today", today)
                .query(DoctorRepository::row).list();
    }

    public Optional<DoctorDetail> find(String hsaId, LocalDate today) {
        return jdbc.sql(SELECT + " where upper(d.hsa_id) = upper(:id)")
                .param("id", hsaId).param("today", today)
                .query(DoctorRepository::row).optional();
    }

    /** Locks the doctor's row until the transaction ends (serialises changes to one doctor's list). */
    public Optional<DoctorDetail> lock(String hsaId, LocalDate today) {
        jdbc.sql("select 1 from doctor where upper(hsa_id) = upper(:id) for update").param("id", hsaId).query(Integer.class).optional();
        return find(hsaId, today);
    }

    public UnitStats stats(String unit, List<DoctorDetail> doctors) {
        int[] counts = jdbc.sql("""
                        select count(*), count(doctor_hsa_id) from listing
                        where facility_hsa_id = :unit and active and code = :code and code_system = :system""")
                .param("unit", unit).param("code", ListingTypeCode.PV.code()).param("system", ListingTypeCode.PV.codeSystem())
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
        int free = doctors.stream().filter(DoctorDetail::effectiveActive).filter(d -> d.free() != null)
                .mapToInt(DoctorDetail::free).sum();
        boolean uncapped = doctors.stream().anyMatch(d -> d.effectiveActive() && d.maxPatients() == null);
        return new UnitStats(counts[0], counts[1], free, uncapped);
    }

    public void update(String hsaId, DoctorForm.Values v, String by, LocalDateTime at) {
        jdbc.sql("""
                        update doctor set max_patients = :cap, min_age = :minAge, max_age = :maxAge,
                          preferred_min_age = :prefMin, preferred_max_age = :prefMax, start_date = :start, end_date = :end,
                          work_percent = :percent, role = :role, specialisation = :specialisation,
                          updated_at = :at, updated_by = :by
                        where hsa_id = :id""")
                .param("cap", v.maxPatients(), Types.INTEGER)
                .param("minAge", v.minAge(), Types.INTEGER).param("maxAge", v.maxAge(), Types.INTEGER)
                .param("prefMin", v.preferredMinAge(), Types.INTEGER).param("prefMax", v.preferredMaxAge(), Types.INTEGER)
                .param("start", v.startDate(), Types.DATE).param("end", v.endDate(), Types.DATE)
                .param("percent", v.workPercent(), Types.INTEGER)
                .param("role", v.role(), Types.VARCHAR).param("specialisation", v.specialisation(), Types.VARCHAR)
                .param("at", at).param("by", by).param("id", hsaId)
                .update();
    }

    public void setActive(String hsaId, boolean active, String by, LocalDateTime at) {
        jdbc.sql("update doctor set active = :active, updated_at = :at, updated_by = :by where hsa_id = :id")
                .param("active", active).param("at", at).param("by", by).param("id", hsaId).update();
    }

    /** A new active doctor from a directory entry. */
    public void add(DoctorDirectory.Entry entry, String by, LocalDateTime at) {
        jdbc.sql("""
                        insert into doctor (hsa_id, facility_hsa_id, name, title, specialisation, active, start_date,
                                            updated_at, updated_by)
                        values (:id, :unit, :name, :title, :specialisation, true, :start, :at, :by)""")
                .param("id", entry.hsaId()).param("unit", entry.facilityHsaId()).param("name", entry.name())
                .param("title", entry.title(), Types.VARCHAR).param("specialisation", entry.specialisation(), Types.VARCHAR)
                .param("start", at.toLocalDate()).param("at", at).param("by", by)
                .update();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static DoctorDetail row(ResultSet rs, int n) throws SQLException {
        return new DoctorDetail(rs.getString("hsa_id"), rs.getString("facility_hsa_id"), rs.getString("name"),
                rs.getString("title"), rs.getBoolean("active"), rs.getBoolean("effective"), integer(rs, "max_patients"),
                integer(rs, "min_age"), integer(rs, "max_age"), integer(rs, "preferred_min_age"),
                integer(rs, "preferred_max_age"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), integer(rs, "work_percent"), rs.getString("role"),
                rs.getString("specialisation"), rs.getInt("listed"));
    }
}
