package se.listning.region.testing;

import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.ListingReason;
import se.listning.region.persistence.JdbcListingTypeStore;

/**
 * Inserts test data straight into the tables, with ids unique per call so tests sharing one database
 * never see each other's rows. All persons are synthetic with valid personnummer.
 *
 * <pre>{@code
 * HsaId unit = fixtures.facility().cap(2).queue(true).create();
 * PersonId child = fixtures.resident().born(LocalDate.of(2016, 5, 1)).guardians(mother, father).create();
 * PersonId visitor = fixtures.resident().county("20").visitor().create();
 * HsaId doctor = fixtures.doctor(unit).name("Dr Eva").maxPatients(1).create();
 * fixtures.listing(child, unit).create();
 * }</pre>
 */
public class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** Distinguishes runs against a persistent database (e.g. a manual run on a real server). */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    private final JdbcClient jdbc;
    private final JdbcListingTypeStore listingTypes;
    private final String county;

    public Fixtures(JdbcClient jdbc, JdbcListingTypeStore listingTypes, String county) {
        this.jdbc = jdbc;
        this.listingTypes = listingTypes;
        this.county = county;
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    /** A new unique synthetic personnummer born on {@code birth}. */
    public static PersonId newPersonId(LocalDate birth) {
        int n = SEQUENCE.incrementAndGet();
        String nine = String.format("%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(), n % 1000);
        String ten = nine + PersonId.checkDigit(nine);
        return new PersonId(String.format("%02d", birth.getYear() / 100) + ten, PersonId.Kind.PERSONNUMMER);
    }

    /** A unique adult resident's id; spreads birth dates so serials never repeat. */
    public static PersonId newPersonId() {
        int n = SEQUENCE.get();
        return newPersonId(LocalDate.of(1960, 1, 1).plusDays(n / 900));
    }

    private static String unique(String prefix) {
        return prefix + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    public PersonBuilder resident() {
        return new PersonBuilder(null);
    }

    public PersonBuilder resident(String twelveDigits) {
        return new PersonBuilder(PersonId.parse(twelveDigits));
    }

    public FacilityBuilder facility() {
        return new FacilityBuilder(unique("SE2321000016-T"));
    }

    public FacilityBuilder facility(String hsaId) {
        return new FacilityBuilder(hsaId);
    }

    public DoctorBuilder doctor(HsaId facility) {
        return new DoctorBuilder(unique("SE2321000016-D"), facility);
    }

    public ListingTypeBuilder listingType(String code) {
        return new ListingTypeBuilder(code);
    }

    /** A listing type with a unique code in a regional code system. */
    public ListingTypeBuilder listingType() {
        return new ListingTypeBuilder(unique("LT"));
    }

    public ListingBuilder listing(PersonId person, HsaId facility) {
        return new ListingBuilder(person, facility);
    }

    /** PV exists in every region; inserted once if the demo data did not. */
    public void ensurePv() {
        jdbc.sql("""
                        insert into listing_type (code, code_system, display_name, scope)
                        values (:code, :system, :name, 'NATIONAL') on conflict do nothing""")
                .param("code", ListingTypeCode.PV.code())
                .param("system", ListingTypeCode.PV.codeSystem())
                .param("name", ListingTypeCode.PV_DISPLAY_NAME)
                .update();
        listingTypes.invalidate();
    }

    public final class PersonBuilder {
        private PersonId id;
        private LocalDate born;
        private String homeCounty = county;
        private boolean resident = true;
        private boolean protectedIdentity;
        private boolean deceased;
        private final List<PersonId> guardians = new ArrayList<>();

        private PersonBuilder(PersonId id) {
            this.id = id;
        }

        public PersonBuilder born(LocalDate date) {
            this.born = date;
            return this;
        }

        /** Home county; a county other than the region's also makes the person a visitor. */
        public PersonBuilder county(String code) {
            this.homeCounty = CountyCode.of(code).code();
            this.resident = code.equals(county);
            return this;
        }

        public PersonBuilder visitor() {
            this.resident = false;
            return this;
        }

        public PersonBuilder protectedIdentity() {
            this.protectedIdentity = true;
            return this;
        }

        public PersonBuilder deceased() {
            this.deceased = true;
            return this;
        }

        public PersonBuilder guardians(PersonId... ids) {
            guardians.addAll(Arrays.asList(ids));
            return this;
        }

        /** Inserts the person (no-op for an id that already exists) and its guardianships. */
        public PersonId create() {
            if (id == null) {
                id = born == null ? newPersonId() : newPersonId(born);
            }
            jdbc.sql("""
                            insert into person (person_id, coordination_number, birth_date, home_county, resident,
                                                protected_identity, deceased, given_name, family_name)
                            values (:id, :coordination, :birth, :county, :resident, :protected, :deceased, 'Test', 'Testsson')
                            on conflict (person_id) do nothing""")
                    .param("id", id.value())
                    .param("coordination", id.kind() == PersonId.Kind.SAMORDNINGSNUMMER)
                    .param("birth", id.birthDate())
                    .param("county", homeCounty)
                    .param("resident", resident)
                    .param("protected", protectedIdentity)
                    .param("deceased", deceased)
                    .update();
            for (PersonId guardian : guardians) {
                jdbc.sql("insert into guardianship (child_id, guardian_id) values (:child, :guardian) on conflict do nothing")
                        .param("child", id.value()).param("guardian", guardian.value()).update();
            }
            return id;
        }
    }

    public final class FacilityBuilder {
        private final String id;
        private String name;
        private Integer cap;
        private boolean queue;
        private boolean listable = true;
        private boolean personnel = true;
        private final List<ListingTypeCode> types = new ArrayList<>();

        private FacilityBuilder(String id) {
            this.id = id;
            this.name = "Vårdcentralen " + id;
        }

        public FacilityBuilder name(String name) {
            this.name = name;
            return this;
        }

        /** Maximum number of listed persons (per type); null = no cap. */
        public FacilityBuilder cap(Integer max) {
            this.cap = max;
            return this;
        }

        public FacilityBuilder queue(boolean offersQueue) {
            this.queue = offersQueue;
            return this;
        }

        public FacilityBuilder listable(boolean listable) {
            this.listable = listable;
            return this;
        }

        public FacilityBuilder supportsPersonnel(boolean supports) {
            this.personnel = supports;
            return this;
        }

        /** Listing types offered besides the default (none = PV only). */
        public FacilityBuilder types(ListingTypeCode... codes) {
            types.addAll(Arrays.asList(codes));
            return this;
        }

        public HsaId create() {
            ensurePv();
            jdbc.sql("""
                            insert into facility (hsa_id, name, listable, max_listed, offers_queue, supports_personnel)
                            values (:id, :name, :listable, :cap, :queue, :personnel)""")
                    .param("id", id).param("name", name).param("listable", listable)
                    .param("cap", cap, Types.INTEGER).param("queue", queue).param("personnel", personnel)
                    .update();
            for (ListingTypeCode type : types) {
                jdbc.sql("insert into facility_listing_type (facility_hsa_id, code, code_system) values (:id, :code, :system)")
                        .param("id", id).param("code", type.code()).param("system", type.codeSystem()).update();
            }
            return HsaId.of(id);
        }
    }

    public final class DoctorBuilder {
        private final String id;
        private final HsaId facility;
        private String name;
        private String title = "Specialist i allmänmedicin";
        private boolean active = true;
        private Integer maxPatients;
        private Integer minAge;
        private Integer maxAge;

        private DoctorBuilder(String id, HsaId facility) {
            this.id = id;
            this.facility = facility;
            this.name = "Doktor " + id;
        }

        public DoctorBuilder name(String name) {
            this.name = name;
            return this;
        }

        public DoctorBuilder inactive() {
            this.active = false;
            return this;
        }

        public DoctorBuilder maxPatients(Integer max) {
            this.maxPatients = max;
            return this;
        }

        public DoctorBuilder ages(Integer min, Integer max) {
            this.minAge = min;
            this.maxAge = max;
            return this;
        }

        public HsaId create() {
            jdbc.sql("""
                            insert into doctor (hsa_id, facility_hsa_id, name, title, active, max_patients, min_age, max_age)
                            values (:id, :facility, :name, :title, :active, :max, :minAge, :maxAge)""")
                    .param("id", id).param("facility", facility.value()).param("name", name).param("title", title)
                    .param("active", active).param("max", maxPatients, Types.INTEGER)
                    .param("minAge", minAge, Types.INTEGER).param("maxAge", maxAge, Types.INTEGER)
                    .update();
            return HsaId.of(id);
        }
    }

    public final class ListingTypeBuilder {
        private final String code;
        private String codeSystem = "1.2.752.129.2.2.2.1";
        private String name;
        private String scope = "REGIONAL";
        private Integer minAge;
        private Integer maxAge;
        private int maxRelistings = 2;
        private final List<String> collaborating = new ArrayList<>();

        private ListingTypeBuilder(String code) {
            this.code = code;
            this.name = "Listningstyp " + code;
        }

        public ListingTypeBuilder codeSystem(String system) {
            this.codeSystem = system;
            return this;
        }

        public ListingTypeBuilder name(String name) {
            this.name = name;
            return this;
        }

        /** NATIONAL, REGIONAL or INTER_REGIONAL. */
        public ListingTypeBuilder scope(String scope) {
            this.scope = scope;
            return this;
        }

        public ListingTypeBuilder ages(Integer min, Integer max) {
            this.minAge = min;
            this.maxAge = max;
            return this;
        }

        public ListingTypeBuilder maxRelistings(int max) {
            this.maxRelistings = max;
            return this;
        }

        public ListingTypeBuilder collaborating(String... counties) {
            collaborating.addAll(Arrays.asList(counties));
            return this;
        }

        public ListingTypeCode create() {
            jdbc.sql("""
                            insert into listing_type (code, code_system, display_name, scope, min_age, max_age, max_relistings,
                                                      collaborating_counties)
                            values (:code, :system, :name, :scope, :minAge, :maxAge, :maxRelistings, string_to_array(:counties, ','))""")
                    .param("code", code).param("system", codeSystem).param("name", name).param("scope", scope)
                    .param("minAge", minAge, Types.INTEGER).param("maxAge", maxAge, Types.INTEGER)
                    .param("maxRelistings", maxRelistings)
                    .param("counties", String.join(",", collaborating))
                    .update();
            listingTypes.invalidate();
            return new ListingTypeCode(code, codeSystem);
        }
    }

    public final class ListingBuilder {
        private final PersonId person;
        private final HsaId facility;
        private ListingTypeCode type = ListingTypeCode.PV;
        private HsaId doctor;
        private LocalDateTime from = LocalDateTime.now().minusYears(2);
        private ListingReason reason = ListingReason.ACTIVE_CHOICE;

        private ListingBuilder(PersonId person, HsaId facility) {
            this.person = person;
            this.facility = facility;
        }

        public ListingBuilder type(ListingTypeCode type) {
            this.type = type;
            return this;
        }

        public ListingBuilder doctor(HsaId doctor) {
            this.doctor = doctor;
            return this;
        }

        public ListingBuilder from(LocalDateTime from) {
            this.from = from;
            return this;
        }

        public ListingBuilder reason(ListingReason reason) {
            this.reason = reason;
            return this;
        }

        /** Inserts an active listing; returns its id. */
        public long create() {
            return jdbc.sql("""
                            insert into listing (person_id, code, code_system, facility_hsa_id, listing_county, doctor_hsa_id,
                                                 valid_from, start_reason, source)
                            values (:person, :code, :system, :facility, :county, :doctor, :from, :reason, 'fixture')
                            returning id""")
                    .param("person", person.value()).param("code", type.code()).param("system", type.codeSystem())
                    .param("facility", facility.value()).param("county", county)
                    .param("doctor", doctor == null ? null : doctor.value(), Types.VARCHAR)
                    .param("from", from).param("reason", reason.name())
                    .query(Long.class).single();
        }
    }
}
