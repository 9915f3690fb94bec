package se.listning.region.soap;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.listning.domain.identity.PersonId;
import se.listning.region.persistence.JdbcListingTypeStore;

/**
 * Small JDBC fixture builder for the SOAP tests: every call makes new, unique persons and units, so
 * tests never see each other's data (the database is shared by all SOAP ITs of one run).
 */
final class TestData {

    static final String REGIONAL_CODE = "LOKALTYP";
    static final String REGIONAL_SYSTEM = "urn:listning:test:region01:listningstyp";
    static final String CHILD_CODE = "BARN";
    private static final AtomicInteger SERIAL = new AtomicInteger(100);

    private final JdbcClient jdbc;
    private final JdbcListingTypeStore listingTypes;

    TestData(JdbcClient jdbc, JdbcListingTypeStore listingTypes) {
        this.jdbc = jdbc;
        this.listingTypes = listingTypes;
    }

    /** The national type, a regional type for everyone and a regional type for ages 0-17. */
    void baseListingTypes() {
        jdbc.sql("""
                insert into listing_type (code, code_system, display_name, scope, max_relistings)
                values ('PV', '1.2.752.129.5.1.27', 'Primärvårdslistning', 'NATIONAL', 2)
                on conflict do nothing""").update();
        jdbc.sql("""
                insert into listing_type (code, code_system, display_name, scope, min_age, max_age, max_relistings)
                values (:code, :system, 'Barnhälsovård', 'REGIONAL', 0, 17, 2)
                on conflict do nothing""").param("code", CHILD_CODE).param("system", REGIONAL_SYSTEM).update();
        jdbc.sql("""
                insert into listing_type (code, code_system, display_name, scope, max_relistings)
                values (:code, :system, 'Lokal listning för hemmaboende', 'REGIONAL', 2)
                on conflict do nothing""").param("code", REGIONAL_CODE).param("system", REGIONAL_SYSTEM).update();
        listingTypes.invalidate();
    }

    // ---- persons

    /** A new valid personnummer born on that date (serial unique in this run). */
    static String pnr(LocalDate birth) {
        return number(birth, birth.getDayOfMonth());
    }

    static String samordningsnummer(LocalDate birth) {
        return number(birth, birth.getDayOfMonth() + 60);
    }

    private static String number(LocalDate birth, int day) {
        int serial = SERIAL.getAndIncrement() % 1000;
        String nine = "%02d%02d%02d%03d".formatted(birth.getYear() % 100, birth.getMonthValue(), day, serial);
        return birth.getYear() / 100 + nine + PersonId.checkDigit(nine);
    }

    String resident(LocalDate birth) {
        return person(pnr(birth), "01", true);
    }

    String adultResident() {
        return resident(LocalDate.of(1957, 9, 26));
    }

    String person(String id, String homeCounty, boolean resident) {
        jdbc.sql("""
                insert into person (person_id, coordination_number, birth_date, home_county, resident, given_name, family_name)
                values (:id, :coord, :birth, :home, :resident, 'Testa', 'Testsson')""")
                .param("id", id).param("coord", Integer.parseInt(id.substring(6, 8)) > 60)
                .param("birth", PersonId.parse(id).birthDate()).param("home", homeCounty).param("resident", resident)
                .update();
        return id;
    }

    void guardianOf(String child, String guardian) {
        jdbc.sql("insert into guardianship (child_id, guardian_id) values (:c, :g)").param("c", child).param("g", guardian)
                .update();
    }

    // ---- facilities and doctors

    String facility(String name, Integer maxListed, boolean offersQueue, boolean supportsPersonnel) {
        String hsa = "SE2321000016-T" + SERIAL.getAndIncrement();
        jdbc.sql("""
                insert into facility (hsa_id, name, listable, max_listed, offers_queue, supports_personnel)
                values (:hsa, :name, true, :max, :queue, :personnel)""")
                .param("hsa", hsa).param("name", name).param("max", maxListed).param("queue", offersQueue)
                .param("personnel", supportsPersonnel).update();
        return hsa;
    }

    /** A capped facility already at its cap (one listed resident), with or without a queue. */
    String fullFacility(String name, boolean offersQueue) {
        String hsa = facility(name, 1, offersQueue, false);
        fill(hsa, 1);
        return hsa;
    }

    String openFacility() {
        return facility("Vårdcentral Test " + SERIAL.get(), null, false, false);
    }

    String nonListableFacility() {
        String hsa = openFacility();
        jdbc.sql("update facility set listable = false where hsa_id = :hsa").param("hsa", hsa).update();
        return hsa;
    }

    void supports(String facility, String code, String codeSystem) {
        jdbc.sql("insert into facility_listing_type (facility_hsa_id, code, code_system) values (:f, :c, :s)")
                .param("f", facility).param("c", code).param("s", codeSystem).update();
    }

    String doctor(String facility, String name) {
        String hsa = "SE2321000016-P" + SERIAL.getAndIncrement();
        jdbc.sql("""
                insert into doctor (hsa_id, facility_hsa_id, name, title, active)
                values (:hsa, :f, :name, 'Specialist i allmänmedicin', true)""")
                .param("hsa", hsa).param("f", facility).param("name", name).update();
        return hsa;
    }

    // ---- listings, queue places, relistings

    void listing(String person, String facility, String doctor, LocalDateTime from, LocalDateTime to) {
        listing(person, facility, "PV", Requests.NATIONAL, doctor, from, to);
    }

    void listing(String person, String facility, String code, String codeSystem, String doctor, LocalDateTime from,
            LocalDateTime to) {
        jdbc.sql("""
                insert into listing (person_id, code, code_system, facility_hsa_id, listing_county, doctor_hsa_id,
                                     valid_from, valid_to, active, start_reason, source)
                values (:p, :code, :system, :f, '01', :d, :from, :to, true, 'ACTIVE_CHOICE', 'test')""")
                .param("p", person).param("code", code).param("system", codeSystem).param("f", facility)
                .param("d", doctor).param("from", from).param("to", to)
                .update();
    }

    void listed(String person, String facility) {
        listing(person, facility, null, LocalDateTime.now().minusYears(2).withNano(0), null);
    }

    /** Home region's record that the person is cross-county listed in another county. */
    void listedElsewhere(String person, String county) {
        jdbc.sql("""
                insert into listing (person_id, code, code_system, facility_hsa_id, listing_county, valid_from,
                                     active, start_reason, source)
                values (:p, 'PV', '1.2.752.129.5.1.27', null, :county, :from, true, 'LISTED_IN_OTHER_REGION', 'test')""")
                .param("p", person).param("county", county).param("from", LocalDateTime.now().minusMonths(3).withNano(0))
                .update();
    }

    void queued(String person, String facility) {
        jdbc.sql("""
                insert into queue_place (person_id, facility_hsa_id, code, code_system, queued_at, active)
                values (:p, :f, 'PV', '1.2.752.129.5.1.27', :at, true)""")
                .param("p", person).param("f", facility).param("at", LocalDateTime.now().minusDays(10).withNano(0))
                .update();
    }

    void relisted(String person, int times) {
        for (int i = 0; i < times; i++) {
            jdbc.sql("""
                    insert into relisting (person_id, code, code_system, counted_at, source)
                    values (:p, 'PV', '1.2.752.129.5.1.27', :at, 'test')""")
                    .param("p", person).param("at", LocalDateTime.now().minusMonths(1 + i)).update();
        }
    }

    /** Fills a facility with listed residents up to its cap. */
    void fill(String facility, int count) {
        for (int i = 0; i < count; i++) {
            listed(adultResident(), facility);
        }
    }

    // ---- database state, to prove that refused requests changed nothing

    /** Everything a request can write about one person, as one comparable text. */
    String stateOf(String person) {
        return jdbc.sql("""
                select (select count(*) from listing where person_id = :p) || '/' ||
                       (select count(*) from listing where person_id = :p and active) || '/' ||
                       (select count(*) from queue_place where person_id = :p) || '/' ||
                       (select count(*) from relisting where person_id = :p) || '/' ||
                       (select count(*) from guardian_request where child_id = :p) || '/' ||
                       (select count(*) from outbox_update_listing where person_id = :p) || '/' ||
                       (select count(*) from person where person_id = :p)""")
                .param("p", person).query(String.class).single();
    }

    /** Row counts of all tables a request may write, for requests that name no valid person. */
    String globalState() {
        return jdbc.sql("""
                select (select count(*) from listing) || '/' || (select count(*) from queue_place) || '/' ||
                       (select count(*) from relisting) || '/' || (select count(*) from guardian_request) || '/' ||
                       (select count(*) from outbox_update_listing) || '/' || (select count(*) from person) || '/' ||
                       (select count(*) from facility)""")
                .query(String.class).single();
    }

    long count(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (int i = 0; i < params.length; i++) {
            statement = statement.param(i + 1, params[i]);
        }
        return statement.query(Long.class).single();
    }

    long activeListings(String person) {
        return jdbc.sql("select count(*) from listing where person_id = :p and active").param("p", person)
                .query(Long.class).single();
    }
}
