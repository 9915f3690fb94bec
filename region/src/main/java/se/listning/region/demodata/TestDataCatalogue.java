package se.listning.region.demodata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.model.ListingReason;
import se.listning.region.demodata.Municipalities.Municipality;

/**
 * Named personas and units that serve every case of the national test suites (see
 * docs/test-data-catalogue.md). Ids are fixed per county: persona personnummer use birth numbers
 * 900–941 ({@link RegionIds#personaSerial}), unit HSA-ids end in -TK01..-TK05 and doctor HSA-ids in
 * -TKL01..-TKL05. Dates of listings, queue places and relistings are relative to {@code today}, so the
 * relisting window and the queue-outflow window always contain them.
 *
 * <p>Federation: persona CROSS_COUNTY_LISTED and TWO_REGIONS of county C are listed in
 * {@code RegionIds.next(C)}; that region's catalogue holds them as visitors (listed at its TK02).
 */
public final class TestDataCatalogue {

    /** Units by role. */
    public enum UnitRole {
        /** Listable, below its cap, doctor choice, PV + BVC + UM; named "Övertorneå hälsocentral". */
        OPEN_WITH_DOCTORS("TK01", "Övertorneå hälsocentral"),
        /** Listable, no cap, no doctor choice, PV only; a name with special characters. */
        OPEN_NO_DOCTOR_CHOICE("TK02", "Huvud- axlar- knä- och tåspecialisten"),
        /** Cap reached, offers a queue (with queue and outflow history), doctor choice. */
        FULL_WITH_QUEUE("TK03", "Vårdcentralen Kösjön"),
        /** Cap reached, no queue. */
        FULL_NO_QUEUE("TK04", "Vårdcentralen Fullsta"),
        /** Closed: not listable. */
        CLOSED("TK05", "Vårdcentralen Stängda");

        private final String suffix;
        private final String displayName;

        UnitRole(String suffix, String displayName) {
            this.suffix = suffix;
            this.displayName = displayName;
        }

        public String suffix() {
            return suffix;
        }

        public String displayName() {
            return displayName;
        }
    }

    /** Personas by role: birth date, sex, samordningsnummer or not, name. */
    public enum Role {
        STANDARD("1957-09-26", true, false, "Tolvan", "Tolvansson"),
        COORDINATION("1968-12-13", true, true, "Samuel", "Samordnare"),
        GUARDIAN("1994-06-06", false, false, "Vera", "Vårdnadsson"),
        CHILD_ONE_GUARDIAN("2017-02-02", false, false, "Ella", "Vårdnadsson"),
        CHILD_TWO_GUARDIANS("2019-05-05", true, false, "Olle", "Tvåsson"),
        FIRST_OF_TWO_GUARDIANS("1988-03-03", false, false, "Anna", "Tvåsson"),
        SECOND_OF_TWO_GUARDIANS("1987-08-08", true, false, "Per", "Tvåsson"),
        MINOR("2011-04-14", false, false, "Tove", "Tvåsson"),
        RELISTING_CAP_REACHED("1979-11-11", true, false, "Omar", "Omlistare"),
        AGE_LIMIT("1950-01-15", true, false, "Gunnar", "Åldersson"),
        UNLISTED("1990-10-10", true, false, "Nils", "Olistad"),
        CROSS_COUNTY_LISTED("1972-07-07", false, false, "Ulla", "Utomläns"),
        TWO_REGIONS("2003-03-03", false, false, "Saga", "Tvåregion"),
        CREATE("1985-05-20", false, false, "Cecilia", "Skapare"),
        YOUNG_ADULT("2004-08-18", false, false, "Alva", "Ungdahl"),
        OTHER_COUNTY_CANDIDATE("1966-06-16", true, false, "Vidar", "Vandrare"),
        INFO("1961-01-21", false, false, "Ingrid", "Infosson"),
        FULL_REFUSED("1983-03-23", true, false, "Fredrik", "Fullsson"),
        UPDATE("1975-12-24", true, false, "Ulf", "Uppdaterare"),
        UPDATE_COORDINATION("1970-02-14", false, true, "Sara", "Samordnad"),
        QUEUE_AHEAD("1964-04-04", true, false, "Kalle", "Köare"),
        QUEUE_UNIT_PATIENT_1("1955-01-01", false, false, "Märta", "Kösjö"),
        QUEUE_UNIT_PATIENT_2("1956-02-02", true, false, "Björn", "Kösjö"),
        QUEUE_UNIT_PATIENT_3("1958-03-03", false, false, "Signe", "Kösjö"),
        QUEUE_UNIT_PATIENT_4("1959-04-04", true, false, "Åke", "Kösjö"),
        FULL_UNIT_PATIENT_1("1960-05-05", false, false, "Karin", "Fullsta"),
        FULL_UNIT_PATIENT_2("1962-06-06", true, false, "Lars", "Fullsta"),
        FORMER_QUEUE_UNIT_PATIENT_1("1977-07-07", false, false, "Elin", "Flyttad"),
        FORMER_QUEUE_UNIT_PATIENT_2("1978-08-08", true, false, "Oskar", "Flyttad"),
        FORMER_QUEUE_UNIT_PATIENT_3("1980-09-09", false, false, "Ebba", "Flyttad");

        private final LocalDate birth;
        private final boolean male;
        private final boolean coordination;
        private final String givenName;
        private final String familyName;

        Role(String birth, boolean male, boolean coordination, String givenName, String familyName) {
            this.birth = LocalDate.parse(birth);
            this.male = male;
            this.coordination = coordination;
            this.givenName = givenName;
            this.familyName = familyName;
        }

        public LocalDate birth() {
            return birth;
        }

        public boolean male() {
            return male;
        }

        public boolean coordination() {
            return coordination;
        }

        public String fullName() {
            return givenName + " " + familyName;
        }
    }

    public record Persona(Role role, String id, CountyCode homeCounty) {
    }

    public record Doctor(String hsaId, UnitRole unit, String name, String title, Integer maxPatients) {
    }

    /** Name of the doctor required by GetAvailableHealthcarePersonnel 4.2. */
    public static final String SPECIAL_CHARACTER_DOCTOR = "Åke Örjan André Mäkitalo";

    private final CountyCode county;
    private final LocalDateTime now;
    private final Municipality municipality;
    private final String prefix;
    private final Map<Role, Persona> personas = new EnumMap<>(Role.class);

    public TestDataCatalogue(CountyCode county, LocalDate today, Municipalities municipalities) {
        this.county = county;
        this.now = today.atStartOfDay(); // as RegionGenerator: no row in the future at any hour of today
        this.municipality = municipalities.ofCounty(county.code()).get(0);
        this.prefix = RegionIds.hsaPrefix(county);
        for (Role role : Role.values()) {
            personas.put(role, new Persona(role, personId(role, county), county));
        }
    }

    /** The persona's id in {@code county}'s catalogue; the same for every load. */
    public static String personId(Role role, CountyCode county) {
        return RegionIds.personId(role.birth(), role.coordination(), RegionIds.personaSerial(county, role.male()));
    }

    public CountyCode county() {
        return county;
    }

    public Persona persona(Role role) {
        return personas.get(role);
    }

    public String id(Role role) {
        return personas.get(role).id();
    }

    public String unit(UnitRole role) {
        return prefix + "-" + role.suffix();
    }

    /** The HSA-id used as organisation actor (REGION etc.): the unit where the standard persona is listed. */
    public String organisationActor() {
        return unit(UnitRole.OPEN_WITH_DOCTORS);
    }

    public List<Doctor> doctors() {
        return List.of(
                new Doctor(prefix + "-TKL01", UnitRole.OPEN_WITH_DOCTORS, SPECIAL_CHARACTER_DOCTOR, "Specialist i allmänmedicin", 2000),
                new Doctor(prefix + "-TKL02", UnitRole.OPEN_WITH_DOCTORS, "Karin Lindqvist", "Specialist i allmänmedicin", 2000),
                new Doctor(prefix + "-TKL03", UnitRole.OPEN_WITH_DOCTORS, "Jonas Berg", "ST-läkare i allmänmedicin", null),
                new Doctor(prefix + "-TKL04", UnitRole.FULL_WITH_QUEUE, "Maria Nilsson", "Specialist i allmänmedicin", 1500),
                new Doctor(prefix + "-TKL05", UnitRole.OPEN_NO_DOCTOR_CHOICE, "Eva Holm", "Specialist i allmänmedicin", null));
    }

    public String doctor(int number) {
        return doctors().get(number - 1).hsaId();
    }

    /** Caps of the full units equal the number of catalogue personas listed there. */
    public static final int FULL_WITH_QUEUE_CAP = 4;
    public static final int FULL_NO_QUEUE_CAP = 2;

    /** Number of listable catalogue units (all but CLOSED). */
    public static final int LISTABLE_UNITS = 4;

    /** Emits the catalogue's rows of {@code table}. */
    public void emit(Table table, RowSink sink) {
        switch (table) {
            case LISTING_TYPE, MUNICIPALITY -> {
                // reference data
            }
            case FACILITY -> {
                facility(sink, UnitRole.OPEN_WITH_DOCTORS, true, 5000, false, true, "Storgatan 1");
                facility(sink, UnitRole.OPEN_NO_DOCTOR_CHOICE, true, null, false, false, "Kyrkvägen 2");
                facility(sink, UnitRole.FULL_WITH_QUEUE, true, FULL_WITH_QUEUE_CAP, true, true, "Sjövägen 3");
                facility(sink, UnitRole.FULL_NO_QUEUE, true, FULL_NO_QUEUE_CAP, false, false, "Ängsvägen 4");
                facility(sink, UnitRole.CLOSED, false, null, false, false, "Industrigatan 5");
            }
            case FACILITY_LISTING_TYPE -> {
                String open = unit(UnitRole.OPEN_WITH_DOCTORS);
                for (ListingTypeCode type : RegionListingTypes.all(county)) {
                    sink.row(open, type.code(), type.codeSystem());
                }
            }
            case DOCTOR -> doctors().forEach(d -> sink.row(d.hsaId(), unit(d.unit()), d.name(), d.title(), true,
                    d.maxPatients(), null, null));
            case PERSON -> {
                for (Persona p : personas.values()) {
                    Role r = p.role();
                    sink.row(p.id(), r.coordination(), r.birth(), county.code(), municipality.code(), true,
                            r.givenName, r.familyName, "Testgatan " + (r.ordinal() + 1), postalCode(), municipality.name(),
                            false, false);
                }
                for (Role visiting : visitorRoles()) {
                    CountyCode home = RegionIds.previous(county);
                    sink.row(personId(visiting, home), visiting.coordination(), visiting.birth(), home.code(), null, false,
                            null, null, null, null, null, false, false);
                }
            }
            case GUARDIANSHIP -> {
                sink.row(id(Role.CHILD_ONE_GUARDIAN), id(Role.GUARDIAN));
                for (Role child : List.of(Role.CHILD_TWO_GUARDIANS, Role.MINOR)) {
                    sink.row(id(child), id(Role.FIRST_OF_TWO_GUARDIANS));
                    sink.row(id(child), id(Role.SECOND_OF_TWO_GUARDIANS));
                }
            }
            case LISTING -> listings(sink);
            case QUEUE_PLACE -> {
                String queueUnit = unit(UnitRole.FULL_WITH_QUEUE);
                sink.row(id(Role.QUEUE_AHEAD), queueUnit, "PV", ListingTypeCode.NATIONAL_CODE_SYSTEM, null,
                        daysAgo(90), true, null, null);
                sink.row(id(Role.STANDARD), queueUnit, "PV", ListingTypeCode.NATIONAL_CODE_SYSTEM, null,
                        daysAgo(40), true, null, null);
            }
            case RELISTING -> {
                relisting(sink, Role.STANDARD, 100, "CreateListing");
                relisting(sink, Role.RELISTING_CAP_REACHED, 200, "CreateListing");
                relisting(sink, Role.RELISTING_CAP_REACHED, 30, "CreateListing");
                relisting(sink, Role.CROSS_COUNTY_LISTED, 300, "UpdateListing");
                relisting(sink, Role.TWO_REGIONS, 200, "UpdateListing");
                relisting(sink, Role.FORMER_QUEUE_UNIT_PATIENT_1, 60, "CreateListing");
                relisting(sink, Role.FORMER_QUEUE_UNIT_PATIENT_2, 150, "CreateListing");
                relisting(sink, Role.FORMER_QUEUE_UNIT_PATIENT_3, 250, "CreateListing");
            }
        }
    }

    /** Personas of the previous county's catalogue who are listed here (see class comment). */
    public static List<Role> visitorRoles() {
        return List.of(Role.CROSS_COUNTY_LISTED, Role.TWO_REGIONS);
    }

    private void listings(RowSink sink) {
        String open = unit(UnitRole.OPEN_WITH_DOCTORS);
        String plain = unit(UnitRole.OPEN_NO_DOCTOR_CHOICE);
        String queueUnit = unit(UnitRole.FULL_WITH_QUEUE);
        String full = unit(UnitRole.FULL_NO_QUEUE);
        ListingTypeCode pv = ListingTypeCode.PV;

        // The rich persona: relisted 100 days ago to TK01 with a doctor and a known end date; queued at TK03.
        ended(sink, Role.STANDARD, pv, plain, daysAgo(1500), daysAgo(100), ListingReason.GEOGRAPHIC_ASSIGNMENT);
        sink.row(id(Role.STANDARD), pv.code(), pv.codeSystem(), open, county.code(), doctor(1), daysAgo(100),
                now.toLocalDate().plusYears(5).atStartOfDay(), true, ListingReason.ACTIVE_CHOICE.name(), null, null,
                "CreateListing", "CITIZEN", id(Role.STANDARD));

        active(sink, Role.COORDINATION, pv, open, 800);
        active(sink, Role.GUARDIAN, pv, plain, 2000);
        activeByGuardian(sink, Role.CHILD_ONE_GUARDIAN, pv, open, 1200, Role.GUARDIAN);
        activeByGuardian(sink, Role.CHILD_TWO_GUARDIANS, pv, plain, 1500, Role.FIRST_OF_TWO_GUARDIANS);
        active(sink, Role.FIRST_OF_TWO_GUARDIANS, pv, plain, 1500);
        active(sink, Role.SECOND_OF_TWO_GUARDIANS, pv, plain, 1500);
        activeByGuardian(sink, Role.MINOR, pv, plain, 1500, Role.FIRST_OF_TWO_GUARDIANS);

        // Two relistings in the last 12 months: the cap of 2 is used up.
        ended(sink, Role.RELISTING_CAP_REACHED, pv, plain, daysAgo(400), daysAgo(200), ListingReason.GEOGRAPHIC_ASSIGNMENT);
        ended(sink, Role.RELISTING_CAP_REACHED, pv, open, daysAgo(200), daysAgo(30), ListingReason.ACTIVE_CHOICE);
        active(sink, Role.RELISTING_CAP_REACHED, pv, plain, 30);

        active(sink, Role.AGE_LIMIT, pv, plain, 3000);
        elsewhere(sink, Role.CROSS_COUNTY_LISTED, 300);
        active(sink, Role.TWO_REGIONS, RegionListingTypes.um(), open, 500);
        elsewhere(sink, Role.TWO_REGIONS, 200);
        active(sink, Role.YOUNG_ADULT, pv, plain, 1000);
        active(sink, Role.YOUNG_ADULT, RegionListingTypes.um(), open, 400);
        active(sink, Role.INFO, pv, plain, 900);
        active(sink, Role.FULL_REFUSED, pv, plain, 700);
        active(sink, Role.UPDATE, pv, plain, 1100);
        active(sink, Role.UPDATE_COORDINATION, pv, plain, 1100);
        active(sink, Role.QUEUE_AHEAD, pv, plain, 600);
        int days = 500;
        for (Role r : List.of(Role.QUEUE_UNIT_PATIENT_1, Role.QUEUE_UNIT_PATIENT_2, Role.QUEUE_UNIT_PATIENT_3,
                Role.QUEUE_UNIT_PATIENT_4)) {
            active(sink, r, pv, queueUnit, days += 100);
        }
        active(sink, Role.FULL_UNIT_PATIENT_1, pv, full, 900);
        active(sink, Role.FULL_UNIT_PATIENT_2, pv, full, 950);
        // Outflow of the queue unit in the last 365 days, for estimatedWaitInQueue.
        int[] leftDaysAgo = {60, 150, 250};
        Role[] former = {Role.FORMER_QUEUE_UNIT_PATIENT_1, Role.FORMER_QUEUE_UNIT_PATIENT_2, Role.FORMER_QUEUE_UNIT_PATIENT_3};
        for (int i = 0; i < former.length; i++) {
            ended(sink, former[i], pv, queueUnit, daysAgo(1000 + 100 * i), daysAgo(leftDaysAgo[i]), ListingReason.ACTIVE_CHOICE);
            active(sink, former[i], pv, plain, leftDaysAgo[i]);
        }

        // Visitors from the previous county (their home region records them as listed here).
        CountyCode home = RegionIds.previous(county);
        sink.row(personId(Role.CROSS_COUNTY_LISTED, home), pv.code(), pv.codeSystem(), plain, county.code(), null,
                daysAgo(300), null, true, ListingReason.ACTIVE_CHOICE.name(), null, null, "CreateListing", "CITIZEN",
                personId(Role.CROSS_COUNTY_LISTED, home));
        sink.row(personId(Role.TWO_REGIONS, home), pv.code(), pv.codeSystem(), plain, county.code(), null,
                daysAgo(200), null, true, ListingReason.ACTIVE_CHOICE.name(), null, null, "CreateListing", "CITIZEN",
                personId(Role.TWO_REGIONS, home));
    }

    private void active(RowSink sink, Role role, ListingTypeCode type, String unit, int daysAgo) {
        sink.row(id(role), type.code(), type.codeSystem(), unit, county.code(), null, daysAgo(daysAgo), null, true,
                ListingReason.ACTIVE_CHOICE.name(), null, null, "CreateListing", "CITIZEN", id(role));
    }

    private void activeByGuardian(RowSink sink, Role role, ListingTypeCode type, String unit, int daysAgo, Role guardian) {
        sink.row(id(role), type.code(), type.codeSystem(), unit, county.code(), null, daysAgo(daysAgo), null, true,
                ListingReason.ACTIVE_CHOICE.name(), null, null, "CreateListing", "GUARDIAN", id(guardian));
    }

    private void ended(RowSink sink, Role role, ListingTypeCode type, String unit, LocalDateTime from, LocalDateTime to,
                       ListingReason startReason) {
        sink.row(id(role), type.code(), type.codeSystem(), unit, county.code(), null, from, to, false, startReason.name(),
                ListingReason.RELISTED.name(), to, "CreateListing", null, null);
    }

    private void elsewhere(RowSink sink, Role role, int daysAgo) {
        sink.row(id(role), "PV", ListingTypeCode.NATIONAL_CODE_SYSTEM, null, RegionIds.next(county).code(), null,
                daysAgo(daysAgo), null, true, ListingReason.LISTED_IN_OTHER_REGION.name(), null, null, "UpdateListing",
                null, null);
    }

    private void relisting(RowSink sink, Role role, int daysAgo, String source) {
        sink.row(id(role), "PV", ListingTypeCode.NATIONAL_CODE_SYSTEM, daysAgo(daysAgo), source);
    }

    private void facility(RowSink sink, UnitRole role, boolean listable, Integer cap, boolean queue, boolean personnel,
                          String street) {
        sink.row(unit(role), role.displayName(), municipality.code(), street, postalCode(), municipality.name(),
                "010-100 00 0" + (role.ordinal() + 1), listable, cap, queue, personnel);
    }

    private String postalCode() {
        return PostalCodes.prefix(county.code(), 0) + "0 01";
    }

    private LocalDateTime daysAgo(int days) {
        return now.minusDays(days).withHour(9);
    }

    /** Key ids for the startup log and the docs: role → id. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        for (UnitRole u : UnitRole.values()) {
            lines.add(u + " " + unit(u) + " (" + u.displayName() + ")");
        }
        for (Persona p : personas.values()) {
            if (!p.role().name().contains("UNIT_PATIENT")) {
                lines.add(p.role() + " " + maskedOrFull(p.id()) + " (" + p.role().fullName() + ")");
            }
        }
        return lines;
    }

    /** Persona ids are synthetic test ids published in the catalogue, but logs still mask them. */
    private static String maskedOrFull(String id) {
        return id.substring(0, 8) + "-****";
    }

    static List<Role> roles() {
        return Arrays.asList(Role.values());
    }
}
