package se.listning.region.staff.doctors;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The region's doctor directory (stands in for HSA/KiV): entries per unit, and the file import's upsert. */
@Repository
public class DoctorDirectory {

    /** One directory line: a doctor registered on a unit. */
    public record Entry(String hsaId, String name, String title, String specialisation, String facilityHsaId) {
    }

    private final JdbcClient jdbc;

    public DoctorDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Entries registered on {@code unit} that are not doctors yet, by name. */
    public List<Entry> addable(String unit) {
        return jdbc.sql("""
                        select e.* from doctor_directory e
                        where upper(e.facility_hsa_id) = upper(:unit)
                          and not exists (select 1 from doctor d where upper(d.hsa_id) = upper(e.hsa_id))
                        order by e.name, e.hsa_id""")
                .param("unit", unit)
                .query((rs, n) -> entry(rs)).list();
    }

    public Optional<Entry> find(String hsaId) {
        return jdbc.sql("select * from doctor_directory where upper(hsa_id) = upper(:id)")
                .param("id", hsaId)
                .query((rs, n) -> entry(rs)).optional();
    }

    public long size() {
        return jdbc.sql("select count(*) from doctor_directory").query(Long.class).single();
    }

    /** Inserts or replaces every entry (call inside one transaction: all or nothing). */
    public void upsert(List<Entry> entries, LocalDateTime at) {
        for (Entry e : entries) {
            jdbc.sql("""
                            insert into doctor_directory (hsa_id, name, title, specialisation, facility_hsa_id, imported_at)
                            values (:id, :name, :title, :specialisation, :unit, :at)
                            on conflict (hsa_id) do update set name = excluded.name, title = excluded.title,
                              specialisation = excluded.specialisation, facility_hsa_id = excluded.facility_hsa_id,
                              imported_at = excluded.imported_at""")
                    .param("id", e.hsaId()).param("name", e.name()).param("title", e.title(), java.sql.Types.VARCHAR)
                    .param("specialisation", e.specialisation(), java.sql.Types.VARCHAR)
                    .param("unit", e.facilityHsaId()).param("at", at)
                    .update();
        }
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Entry(rs.getString("hsa_id"), rs.getString("name"), rs.getString("title"),
                rs.getString("specialisation"), rs.getString("facility_hsa_id"));
    }
}
