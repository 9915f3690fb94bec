package se.listning.region.staff.links;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.region.audit.StaffAudit;
import se.listning.region.staff.security.StaffUser;

/**
 * A unit's listed (PV) patients for the link pages: paged and filtered lists, set-wise doctor changes
 * (listing.doctor_hsa_id + listing_doctor_change) and set-wise audit rows. All by listing id arrays.
 */
@Repository
public class UnitPatients {

    /** A row of the patient list; {@code name} null for protected identities. */
    public record Row(long listingId, String personId, String name, boolean protectedIdentity, int age,
                      String doctorHsaId, String doctorName) {
        public String personnummer() {
            return display(personId);
        }
    }

    /** A listing targeted by a change. */
    public record Target(long listingId, String personId, int age, String doctorHsaId, String household) {
    }

    private static final String AGE = "date_part('year', age(cast(:today as date), p.birth_date))::int";
    private static final String FROM = "\n" + """
             from listing l join person p on p.person_id = l.person_id
             where l.facility_hsa_id = :unit and l.active and l.code = :code and l.code_system = :system""";

    private final JdbcClient jdbc;

    public UnitPatients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> page(String unit, LinksQuery q, LocalDate today) {
        return filtered("""
                        select l.id, l.person_id, p.given_name, p.family_name, p.protected_identity, %s as age,
                               l.doctor_hsa_id, (select d.name from doctor d where d.hsa_id = l.doctor_hsa_id) as doctor_name
                        """.formatted(AGE) + FROM, unit, q, today, " order by l.person_id limit :limit offset :offset")
                .param("limit", LinksQuery.PAGE_SIZE)
                .param("offset", q.pageValue() * LinksQuery.PAGE_SIZE)
                .query(UnitPatients::row).list();
    }

    public int count(String unit, LinksQuery q, LocalDate today) {
        return filtered("select count(*)" + FROM, unit, q, today, "").query(Integer.class).single();
    }

    /** The unit's listings among {@code listingIds} (others are simply missing from the answer). */
    public List<Target> targets(String unit, Collection<Long> listingIds, LocalDate today) {
        return base("select l.id, l.person_id, " + AGE + " as age, l.doctor_hsa_id, null as household" + FROM
                        + " and l.id = any(string_to_array(:ids, ',')::bigint[])", unit, today)
                .param("ids", join(listingIds))
                .query(UnitPatients::target).list();
    }

    /** The unit's listings with {@code doctor}. */
    public List<Target> withDoctor(String unit, String doctor, LocalDate today) {
        return base("select l.id, l.person_id, " + AGE + " as age, l.doctor_hsa_id, null as household" + FROM
                        + " and l.doctor_hsa_id = :doctor", unit, today)
                .param("doctor", doctor)
                .query(UnitPatients::target).list();
    }

    /** The unit's listings without doctor, with a household key (address) except for protected identities. */
    public List<Target> withoutDoctor(String unit, LocalDate today) {
        return base("""
                        select l.id, l.person_id, %s as age, l.doctor_hsa_id,
                               case when not p.protected_identity and p.street_address is not null and p.postal_code is not null
                                    then upper(p.street_address) || '|' || replace(p.postal_code, ' ', '') end as household
                        """.formatted(AGE) + FROM + " and l.doctor_hsa_id is null", unit, today)
                .query(UnitPatients::target).list();
    }

    /** Sets each listing's doctor (only listings still active); returns how many changed. */
    public int setDoctors(Map<Long, String> doctorByListing, LocalDateTime at) {
        if (doctorByListing.isEmpty()) {
            return 0;
        }
        List<Long> ids = new ArrayList<>(doctorByListing.keySet());
        String idText = join(ids);
        String doctorText = ids.stream().map(doctorByListing::get).collect(Collectors.joining(","));
        int updated = jdbc.sql("""
                        update listing l set doctor_hsa_id = v.doctor
                        from (select unnest(string_to_array(:ids, ',')::bigint[]) as id,
                                     unnest(string_to_array(:doctors, ',')) as doctor) v
                        where l.id = v.id and l.active""")
                .param("ids", idText).param("doctors", doctorText).update();
        jdbc.sql("""
                        insert into listing_doctor_change (listing_id, doctor_hsa_id, changed_at)
                        select unnest(string_to_array(:ids, ',')::bigint[]), unnest(string_to_array(:doctors, ',')), :at""")
                .param("ids", idText).param("doctors", doctorText).param("at", at).update();
        return updated;
    }

    /** One audit row per listing's person, in one statement. */
    public void audit(StaffUser user, String action, String unit, String purpose, String detail, Collection<Long> listingIds) {
        if (listingIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into audit_event (channel, actor_type, actor_id, role, unit, action, person_id, outcome,
                                                 purpose, detail)
                        select :channel, 'STAFF', :actor, :role, :unit, :action, l.person_id, 'OK', :purpose, :detail
                        from listing l where l.id = any(string_to_array(:ids, ',')::bigint[]) order by l.id""")
                .param("channel", StaffAudit.CHANNEL).param("actor", user.auditId()).param("role", user.role().name())
                .param("unit", unit).param("action", action).param("purpose", purpose).param("detail", detail)
                .param("ids", join(listingIds))
                .update();
    }

    private JdbcClient.StatementSpec filtered(String select, String unit, LinksQuery q, LocalDate today, String suffix) {
        StringBuilder sql = new StringBuilder(select);
        if (q.withoutDoctor()) {
            sql.append(" and l.doctor_hsa_id is null");
        } else if (q.doctorValue() != null) {
            sql.append(" and upper(l.doctor_hsa_id) = upper(:doctor)");
        }
        if (q.minAgeValue() != null) {
            sql.append(" and p.birth_date <= :bornBy");
        }
        if (q.maxAgeValue() != null) {
            sql.append(" and p.birth_date > :bornAfter");
        }
        JdbcClient.StatementSpec spec = base(sql + suffix, unit, today);
        if (!q.withoutDoctor() && q.doctorValue() != null) {
            spec = spec.param("doctor", q.doctorValue());
        }
        if (q.minAgeValue() != null) {
            spec = spec.param("bornBy", today.minusYears(q.minAgeValue()));
        }
        if (q.maxAgeValue() != null) {
            spec = spec.param("bornAfter", today.minusYears(q.maxAgeValue() + 1L));
        }
        return spec;
    }

    private JdbcClient.StatementSpec base(String sql, String unit, LocalDate today) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("unit", unit)
                .param("code", ListingTypeCode.PV.code()).param("system", ListingTypeCode.PV.codeSystem());
        return sql.contains(":today") ? spec.param("today", today) : spec;
    }

    private static String join(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        boolean protectedIdentity = rs.getBoolean("protected_identity");
        String name = protectedIdentity ? null : (nz(rs.getString("given_name")) + " " + nz(rs.getString("family_name"))).trim();
        return new Row(rs.getLong("id"), rs.getString("person_id"), name, protectedIdentity, rs.getInt("age"),
                rs.getString("doctor_hsa_id"), rs.getString("doctor_name"));
    }

    private static Target target(ResultSet rs, int n) throws SQLException {
        return new Target(rs.getLong("id"), rs.getString("person_id"), rs.getInt("age"), rs.getString("doctor_hsa_id"),
                rs.getString("household"));
    }

    /** A 12-digit person id as staff read it: ÅÅÅÅMMDD-NNNN. */
    public static String display(String personId) {
        return personId.substring(0, 8) + "-" + personId.substring(8);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
