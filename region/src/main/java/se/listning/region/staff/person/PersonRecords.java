package se.listning.region.staff.person;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;

/** What the person view reads about one person: details, current listings, history, paper forms. All by person id (indexed). */
@Repository
public class PersonRecords {

    /** The person as the register holds them; name and address are for staff only. */
    public record Details(PersonId id, String givenName, String familyName, String street, String postalCode,
                          String city, boolean protectedIdentity, boolean resident, CountyCode homeCounty,
                          boolean deceased) {

        public String name() {
            return join(givenName, familyName);
        }

        public String postalLine() {
            return join(postalCode, city);
        }

        static String join(String a, String b) {
            return ((a == null ? "" : a) + " " + (b == null ? "" : b)).trim();
        }
    }

    /** An active listing with its unit (null facility: listed in another region). */
    public record Current(long id, String typeCode, String typeSystem, String typeName, String facility,
                          String facilityName, String street, String postalCode, String city, String listingCounty,
                          String doctor, String doctorName, LocalDateTime validFrom) {

        public boolean elsewhere() {
            return facility == null;
        }

        public String regionName() {
            return CountyCode.isValid(listingCounty) ? CountyCode.of(listingCounty).regionName() : listingCounty;
        }
    }

    /** One row of the listing history, ended or not, with its paper form if staff registered it from one. */
    public record History(long id, String typeName, String facility, String facilityName, String listingCounty,
                          LocalDateTime validFrom, String startReason, String source, LocalDateTime endedAt,
                          String endReason, LocalDateTime formRegisteredAt, LocalDateTime formScannedAt) {

        public String where() {
            if (facility != null) {
                return facilityName;
            }
            return "Listad i " + (CountyCode.isValid(listingCounty) ? CountyCode.of(listingCounty).regionName() : listingCounty);
        }

        public String startText() {
            return ReasonText.start(startReason, source);
        }

        public String endText() {
            return ReasonText.of(endReason);
        }

        public boolean formNotScanned() {
            return formRegisteredAt != null && formScannedAt == null;
        }
    }

    private final JdbcClient jdbc;

    public PersonRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Details> find(PersonId id) {
        return jdbc.sql("""
                        select given_name, family_name, street_address, postal_code, city, protected_identity, resident,
                               home_county, deceased
                        from person where person_id = :id""")
                .param("id", id.value())
                .query((rs, n) -> new Details(id, rs.getString("given_name"), rs.getString("family_name"),
                        rs.getString("street_address"), rs.getString("postal_code"), rs.getString("city"),
                        rs.getBoolean("protected_identity"), rs.getBoolean("resident"),
                        CountyCode.of(rs.getString("home_county")), rs.getBoolean("deceased")))
                .optional();
    }

    /** One of {@code units} where the person is listed or queued (active), listings first. */
    public Optional<HsaId> unitAmong(PersonId id, Set<HsaId> units) {
        if (units.isEmpty()) {
            return Optional.empty();
        }
        List<String> keys = units.stream().map(HsaId::key).toList();
        return jdbc.sql("""
                        (select facility_hsa_id from listing where person_id = :id and active
                           and upper(facility_hsa_id) in (:units) order by facility_hsa_id limit 1)
                        union all
                        (select facility_hsa_id from queue_place where person_id = :id and active
                           and upper(facility_hsa_id) in (:units) order by facility_hsa_id limit 1)
                        limit 1""")
                .param("id", id.value()).param("units", keys)
                .query(String.class).optional().map(HsaId::of);
    }

    public List<Current> current(PersonId id) {
        return jdbc.sql("""
                        select l.id, l.code, l.code_system, t.display_name, l.facility_hsa_id, f.name, f.street_address,
                               f.postal_code, f.city, l.listing_county, l.doctor_hsa_id, d.name as doctor_name, l.valid_from
                        from listing l
                        join listing_type t on t.code = l.code and t.code_system = l.code_system
                        left join facility f on f.hsa_id = l.facility_hsa_id
                        left join doctor d on d.hsa_id = l.doctor_hsa_id
                        where l.person_id = :id and l.active
                        order by t.display_name""")
                .param("id", id.value())
                .query((rs, n) -> new Current(rs.getLong("id"), rs.getString("code"), rs.getString("code_system"),
                        rs.getString("display_name"), rs.getString("facility_hsa_id"), rs.getString("name"),
                        rs.getString("street_address"), rs.getString("postal_code"), rs.getString("city"),
                        rs.getString("listing_county"), rs.getString("doctor_hsa_id"), rs.getString("doctor_name"),
                        rs.getObject("valid_from", LocalDateTime.class)))
                .list();
    }

    public List<History> history(PersonId id) {
        return jdbc.sql("""
                        select l.id, t.display_name, l.facility_hsa_id, f.name, l.listing_county, l.valid_from,
                               l.start_reason, l.source, l.ended_at, l.end_reason, p.registered_at, p.scanned_at
                        from listing l
                        join listing_type t on t.code = l.code and t.code_system = l.code_system
                        left join facility f on f.hsa_id = l.facility_hsa_id
                        left join paper_form p on p.listing_id = l.id
                        where l.person_id = :id
                        order by l.valid_from desc, l.id desc""")
                .param("id", id.value())
                .query((rs, n) -> new History(rs.getLong("id"), rs.getString("display_name"),
                        rs.getString("facility_hsa_id"), rs.getString("name"), rs.getString("listing_county"),
                        rs.getObject("valid_from", LocalDateTime.class), rs.getString("start_reason"),
                        rs.getString("source"), rs.getObject("ended_at", LocalDateTime.class),
                        rs.getString("end_reason"), rs.getObject("registered_at", LocalDateTime.class),
                        rs.getObject("scanned_at", LocalDateTime.class)))
                .list();
    }

    /** The unit's on-call cooperating units (joursamverkande vårdenheter), by name. */
    public List<String> onCall(String facility) {
        return jdbc.sql("select partner_name from facility_on_call where facility_hsa_id = :f order by partner_name")
                .param("f", facility)
                .query(String.class).list();
    }

    /** The unit of one of the person's listings (active or ended), for an action on its paper form. */
    public Optional<HsaId> facilityOfListing(PersonId id, long listingId) {
        return jdbc.sql("select facility_hsa_id from listing where id = :listing and person_id = :id")
                .param("listing", listingId).param("id", id.value())
                .query(String.class).list().stream().filter(Objects::nonNull).map(HsaId::of).findFirst();
    }

    /** A listable unit as printed on the paper form. */
    public Optional<PaperFormPdf.Unit> formUnit(HsaId unit, String regionName) {
        return jdbc.sql("select name, street_address, postal_code, city from facility where upper(hsa_id) = :id and listable")
                .param("id", unit.key())
                .query((rs, n) -> new PaperFormPdf.Unit(rs.getString("name"), rs.getString("street_address"),
                        Details.join(rs.getString("postal_code"), rs.getString("city")), regionName))
                .optional();
    }
}
