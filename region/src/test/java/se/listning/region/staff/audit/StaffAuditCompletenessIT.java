package se.listning.region.staff.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.region.staff.security.StaffHttp;
import se.listning.region.staff.security.StaffUser;
import se.listning.region.testing.AuditHistory;
import se.listning.region.testing.Fixtures;
import se.listning.region.testing.RegionIT;
import se.listning.region.testing.StaffFixtures;

/**
 * Every staff action that reads or changes a person's data, done over HTTP as staff do it, leaves an
 * audit row naming the user, their role, the unit acted for (none for region-wide reads), the action,
 * the person and a purpose. One test per action.
 */
class StaffAuditCompletenessIT extends RegionIT {

    @Autowired
    StaffFixtures staff;
    @Autowired
    AuditEntries entries;

    // --- Personsök and the person page ---

    @Test
    void readingAPersonPageIsAudited() {
        HsaId unit = fixtures.facility().create();
        PersonId person = listed(unit, null);
        StaffUser vardval = staff.vardval();

        assertThat(session(vardval).get("/staff/persons/" + person.value()).statusCode()).isEqualTo(200);

        assertAudited(vardval, "READ", person, null, "Personsök");
    }

    @Test
    void aChefsReadOfAPersonPageNamesTheUnit() {
        HsaId unit = fixtures.facility().create();
        PersonId person = listed(unit, null);
        StaffUser chef = staff.chef(unit);

        assertThat(session(chef).get("/staff/persons/" + person.value()).statusCode()).isEqualTo(200);

        assertAudited(chef, "READ", person, unit, "Personsök");
    }

    @Test
    void lookingUpAnotherUnitsPatientIsAuditedAsARefusedLookup() {
        HsaId unit = fixtures.facility().create();
        PersonId person = listed(unit, null);
        StaffUser otherChef = staff.chef(fixtures.facility().create());

        assertThat(session(otherChef).get("/staff/persons/" + person.value()).statusCode()).isEqualTo(403);

        assertAudited(otherChef, "LOOKUP_NOT_OWN_PATIENT", person, null, "Personsök");
        assertNotAudited(otherChef, "READ", person);
    }

    @Test
    void searchingAnUnknownPersonIsAudited() {
        PersonId unknown = Fixtures.newPersonId();
        StaffUser vardval = staff.vardval();

        session(vardval).post("/staff/persons", Map.of("personnummer", unknown.value()));

        assertAudited(vardval, "SEARCH", unknown, null, "Personsök");
    }

    @Test
    void registeringAPaperFormAndMarkingItScannedAreAudited() {
        fixtures.ensurePv();
        HsaId unit = fixtures.facility().create();
        PersonId person = fixtures.resident().create();
        StaffUser chef = staff.chef(unit);
        StaffHttp http = session(chef);

        http.post("/staff/persons/" + person.value() + "/register", Map.of("unit", unit.value(), "type", "PV", "signed", "true"));
        assertAudited(chef, "REGISTER_LISTING_REQUESTED", person, unit, "Registrering från blankett");
        assertAudited(chef, "REGISTER_LISTING", person, unit, "Registrering från blankett");

        long listing = jdbc.sql("select id from listing where person_id = :p and active").param("p", person.value())
                .query(Long.class).single();
        http.post("/staff/persons/" + person.value() + "/forms/" + listing + "/scanned", Map.of());
        assertAudited(chef, "MARK_FORM_SCANNED", person, unit, "Blankett inskannad");
    }

    @Test
    void grantingAnExemptionIsAudited() {
        fixtures.ensurePv();
        PersonId person = fixtures.resident().create();
        StaffUser vardval = staff.vardval();

        session(vardval).post("/staff/persons/" + person.value() + "/exemption", Map.of("type", "PV", "reason", "Flytt"));

        assertAudited(vardval, "GRANT_EXEMPTION", person, null, "Undantag omlistning");
    }

    @Test
    void settingTheDoctorOnThePersonPageIsAudited() {
        HsaId unit = fixtures.facility().create();
        HsaId doctor = fixtures.doctor(unit).create();
        PersonId person = fixtures.resident().create();
        long listing = fixtures.listing(person, unit).create();
        StaffUser chef = staff.chef(unit);

        session(chef).post("/staff/persons/" + person.value() + "/listings/" + listing + "/doctor",
                Map.of("doctor", doctor.value()));

        assertAudited(chef, "SET_DOCTOR", person, unit, "Fast läkarkontakt");
    }

    @Test
    void printingTheFormIsAudited() {
        HsaId unit = fixtures.facility().create();
        PersonId person = listed(unit, null);
        StaffUser chef = staff.chef(unit);

        assertThat(session(chef).getBytes("/staff/persons/" + person.value() + "/form.pdf?unit=" + unit.value())
                .statusCode()).isEqualTo(200);

        assertAudited(chef, "READ", person, unit, "Utskrift blankett");
    }

    // --- Administrera koppling ---

    @Test
    void theLinkListAndLinkingAreAudited() {
        HsaId unit = fixtures.facility().create();
        HsaId doctor = fixtures.doctor(unit).create();
        PersonId person = fixtures.resident().create();
        long listing = fixtures.listing(person, unit).create();
        StaffUser chef = staff.chef(unit);
        StaffHttp http = session(chef);

        assertThat(http.get("/staff/links?unit=" + unit.value()).statusCode()).isEqualTo(200);
        assertAudited(chef, "READ", person, unit, "Administrera koppling");

        http.post("/staff/links/link", Map.of("unit", unit.value(), "listing", Long.toString(listing), "target", doctor.value()));
        assertAudited(chef, "SET_DOCTOR", person, unit, "Administrera koppling");
    }

    @Test
    void movingAllOfADoctorsPatientsIsAuditedPerPerson() {
        HsaId unit = fixtures.facility().create();
        HsaId from = fixtures.doctor(unit).create();
        HsaId to = fixtures.doctor(unit).create();
        PersonId first = listed(unit, from);
        PersonId second = listed(unit, from);
        StaffUser vardval = staff.vardval();

        session(vardval).post("/staff/links/move", Map.of("unit", unit.value(), "from", from.value(), "to", to.value()));

        assertAudited(vardval, "SET_DOCTOR", first, unit, "Administrera koppling");
        assertAudited(vardval, "SET_DOCTOR", second, unit, "Administrera koppling");
    }

    @Test
    void theRandomDistributionsPreviewAndApplyAreAuditedPerPerson() {
        HsaId unit = fixtures.facility().create();
        HsaId doctor = fixtures.doctor(unit).maxPatients(1).create();
        List<PersonId> persons = List.of(listed(unit, null), listed(unit, null));
        StaffUser chef = staff.chef(unit);
        StaffHttp http = session(chef);

        // The preview shows by personnummer only those who cannot be placed (here: one, the doctor has one place).
        String preview = http.get("/staff/links/distribution?unit=" + unit.value() + "&seed=42").body();
        PersonId shown = persons.stream()
                .filter(p -> preview.contains(p.value()) || preview.contains(p.value().substring(0, 8) + "-" + p.value().substring(8))
                        || preview.contains(p.value().substring(2, 8) + "-" + p.value().substring(8)))
                .findFirst().orElseThrow();
        assertAudited(chef, "READ", shown, unit, "Slumpvis fördelning – förhandsgranskning");
        Matcher fingerprint = Pattern.compile("name=\"fingerprint\" value=\"([^\"]+)\"").matcher(preview);
        assertThat(fingerprint.find()).isTrue();

        http.post("/staff/links/distribution", Map.of("unit", unit.value(), "seed", "42", "fingerprint", fingerprint.group(1)));
        PersonId placed = persons.stream().filter(p -> doctor.value().equals(jdbc.sql(
                "select doctor_hsa_id from listing where person_id = :p and active").param("p", p.value())
                .query(String.class).single())).findFirst().orElseThrow();
        assertThat(placed).isNotEqualTo(shown);
        assertAudited(chef, "SET_DOCTOR", placed, unit, "Slumpvis fördelning");
    }

    // --- Vårdcentraler och köer ---

    @Test
    void theQueuePageAndRemovingFromTheQueueAreAudited() {
        HsaId unit = fixtures.facility().queue(true).create();
        PersonId person = fixtures.resident().create();
        long place = jdbc.sql("""
                        insert into queue_place (person_id, facility_hsa_id, code, code_system, queued_at)
                        values (:p, :u, :code, :system, :at) returning id""")
                .param("p", person.value()).param("u", unit.value()).param("code", ListingTypeCode.PV.code())
                .param("system", ListingTypeCode.PV.codeSystem()).param("at", LocalDateTime.now().minusDays(3))
                .query(Long.class).single();
        StaffUser chef = staff.chef(unit);
        StaffHttp http = session(chef);

        assertThat(http.get("/staff/units/" + unit.value() + "/queue").statusCode()).isEqualTo(200);
        assertAudited(chef, "READ", person, unit, "Kö vårdcentral");

        http.post("/staff/units/" + unit.value() + "/queue/" + place + "/remove", Map.of("reason", "Flyttat från orten"));
        assertAudited(chef, "QUEUE_REMOVE", person, unit, null);
    }

    @Test
    void closingAUnitAuditsEachPersonWhoseListingEnds() {
        HsaId unit = fixtures.facility().create();
        PersonId person = listed(unit, null);
        StaffUser vardval = staff.vardval();

        session(vardval).post("/staff/units/" + unit.value() + "/close", Map.of());

        assertThat(jdbc.sql("select count(*) from audit_event where actor_id = :a and person_id = :p and unit = :u")
                .param("a", vardval.auditId()).param("p", person.value()).param("u", unit.value())
                .query(Integer.class).single()).isPositive();
    }

    // --- Ladda upp via fil ---

    @Test
    void aCsvUploadAuditsEachChangedPerson() {
        HsaId unit = fixtures.facility().create();
        HsaId doctor = fixtures.doctor(unit).create();
        PersonId person = listed(unit, null);
        StaffUser chef = staff.chef(unit);

        long upload = upload(session(chef), person.value() + ";" + unit.value() + ";" + doctor.value() + "\n");

        assertThat(state(upload)).isEqualTo("APPLIED");
        assertAudited(chef, "SET_DOCTOR", person, unit, "Ladda upp via fil");
    }

    @Test
    void downloadingAnUploadsFaultyRowsIsAuditedPerPerson() {
        HsaId unit = fixtures.facility().create();
        HsaId elsewhere = fixtures.doctor(fixtures.facility().create()).create();
        PersonId person = listed(unit, null);
        StaffUser chef = staff.chef(unit);
        StaffHttp http = session(chef);
        long upload = upload(http, person.value() + ";" + unit.value() + ";" + elsewhere.value() + "\n");
        assertThat(state(upload)).isEqualTo("REJECTED");

        assertThat(http.get("/staff/upload/" + upload + "/felaktiga-poster.csv").statusCode()).isEqualTo(200);

        assertThat(rows(chef, "READ", person)).anySatisfy(row -> assertThat(row.get("purpose")).isEqualTo("Ladda ner felaktiga poster"));
    }

    @Test
    void downloadingFaultyRowsNamesTheUnit() {
        HsaId unit = fixtures.facility().create();
        HsaId elsewhere = fixtures.doctor(fixtures.facility().create()).create();
        PersonId person = listed(unit, null);
        StaffUser chef = staff.chef(unit);
        StaffHttp http = session(chef);
        long upload = upload(http, person.value() + ";" + unit.value() + ";" + elsewhere.value() + "\n");
        http.get("/staff/upload/" + upload + "/felaktiga-poster.csv");

        assertAudited(chef, "READ", person, unit, "Ladda ner felaktiga poster");
    }

    // --- Logg ---

    @Test
    void searchingTheLogByPersonIsAudited() {
        PersonId person = fixtures.resident().create();
        StaffUser admin = staff.sysadmin();

        session(admin).get("/staff/audit?person=" + person.value());

        assertAudited(admin, "READ", person, null, "Loggkontroll");
    }

    // --- helpers ---

    private PersonId listed(HsaId unit, HsaId doctor) {
        PersonId person = fixtures.resident().create();
        fixtures.listing(person, unit).doctor(doctor).create();
        return person;
    }

    private StaffHttp session(StaffUser user) {
        return StaffHttp.signedIn(port, user.username());
    }

    /** Uploads a CSV and waits until the job has finished; returns the upload's id. */
    private long upload(StaffHttp http, String csv) {
        HttpResponse<String> response = http.postFile("/staff/upload", "file", "koppling.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        for (int i = 0; i < 600 && "RUNNING".equals(state(id)); i++) {
            sleep();
        }
        return id;
    }

    private String state(long upload) {
        return jdbc.sql("select state from csv_upload where id = :id").param("id", upload).query(String.class).single();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<Map<String, Object>> rows(StaffUser user, String action, PersonId person) {
        return AuditHistory.of(entries, new AuditFilter(person, user.auditId(), action, null, null, null, null));
    }

    /**
     * An audit row by {@code user} (channel staff, their role) for {@code action} on {@code person}, for
     * {@code unit} (null: no unit, a region-wide action), with a purpose ({@code purpose} when given).
     */
    private void assertAudited(StaffUser user, String action, PersonId person, HsaId unit, String purpose) {
        List<Map<String, Object>> rows = rows(user, action, person);
        assertThat(rows).as("%s audits %s of %s", user.role(), action, person.masked()).isNotEmpty()
                .anySatisfy(row -> {
                    assertThat(row.get("channel")).isEqualTo("staff");
                    assertThat(row.get("actor_type")).isEqualTo("STAFF");
                    assertThat(row.get("role")).isEqualTo(user.role().name());
                    assertThat(row.get("unit")).isEqualTo(unit == null ? null : unit.value());
                    assertThat((String) row.get("purpose")).isNotBlank();
                    if (purpose != null) {
                        assertThat(row.get("purpose")).isEqualTo(purpose);
                    }
                });
    }

    private void assertNotAudited(StaffUser user, String action, PersonId person) {
        assertThat(rows(user, action, person)).isEmpty();
    }
}
