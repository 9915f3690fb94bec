package se.listning.region.staff.person;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;
import se.listning.region.staff.security.StaffHttp;
import se.listning.region.staff.security.StaffUser;
import se.listning.region.testing.RegionIT;
import se.listning.region.testing.StaffFixtures;

/** The person view over HTTP: registration from a paper form through CreateListing's rules, authorisation, audit. */
class StaffPersonIT extends RegionIT {

    @Autowired
    StaffFixtures staff;

    private StaffHttp signIn(StaffUser user) {
        return StaffHttp.signedIn(port, user.username());
    }

    /** Posts with the CSRF token and reads the page the redirect leads to (with its flash message). */
    private static String follow(StaffHttp http, String path, Map<String, String> form) {
        HttpResponse<String> response = http.post(path, form);
        assertThat(response.statusCode()).isEqualTo(302);
        return http.get(java.net.URI.create(response.headers().firstValue("Location").orElseThrow()).getPath()).body();
    }

    private String page(PersonId person) {
        return "/staff/persons/" + person.value();
    }

    private Map<String, String> form(HsaId unit) {
        return Map.of("unit", unit.value(), "type", "PV", "signed", "true");
    }

    private long activeListings(PersonId person) {
        return jdbc.sql("select count(*) from listing where person_id = :p and active").param("p", person.value())
                .query(Long.class).single();
    }

    private long audits(PersonId person, String action) {
        return jdbc.sql("select count(*) from audit_event where person_id = :p and action = :a and channel = 'staff'")
                .param("p", person.value()).param("a", action).query(Long.class).single();
    }

    @Test
    void registersFromAPaperFormAsStaffThenTheFormIsMarkedScannedAllAudited() {
        HsaId unit = fixtures.facility().name("Vårdcentralen Blanketten").create();
        PersonId anna = fixtures.resident().create();
        StaffUser chef = staff.chef(unit);
        StaffHttp s = signIn(chef);
        assertThat(s.get(page(anna)).statusCode()).isEqualTo(403); // not yet their patient

        String after = follow(s, page(anna) + "/register", form(unit));

        assertThat(after).contains("Vårdcentralen Blanketten").contains("Registrerad av personal (blankett)")
                .contains("Blankett ej inskannad").contains("Test Testsson");
        Map<String, Object> listing = jdbc.sql("""
                        select l.id, l.start_reason, l.source, l.actor_type, l.actor_id, p.registered_by
                        from listing l join paper_form p on p.listing_id = l.id where l.person_id = :p and l.active""")
                .param("p", anna.value()).query().singleRow();
        assertThat(listing).containsEntry("start_reason", "STAFF_REGISTRATION").containsEntry("source", "Blankett")
                .containsEntry("actor_type", "REGION").containsEntry("actor_id", chef.hsaId().value())
                .containsEntry("registered_by", chef.hsaId().value());
        assertThat(audits(anna, "REGISTER_LISTING")).isEqualTo(1);
        assertThat(audits(anna, "READ")).isEqualTo(1);

        String scanned = follow(s, page(anna) + "/forms/" + listing.get("id") + "/scanned", Map.of());
        assertThat(scanned).contains("Blanketten är markerad som inskannad").doesNotContain("Blankett ej inskannad");
        assertThat(audits(anna, "MARK_FORM_SCANNED")).isEqualTo(1);
    }

    @Test
    void withoutTheSignedFormCheckboxNothingIsRegistered() {
        HsaId unit = fixtures.facility().create();
        PersonId anna = fixtures.resident().create();
        StaffHttp s = signIn(staff.vardval());
        s.get(page(anna));

        String after = follow(s, page(anna) + "/register", Map.of("unit", unit.value(), "type", "PV"));

        assertThat(after).contains("Kryssa i att en signerad blankett finns");
        assertThat(activeListings(anna)).isZero();
    }

    @Test
    void aFullUnitIsNotJumpedByAPaperForm() {
        HsaId full = fixtures.facility().name("Vårdcentralen Full").cap(1).queue(true).create();
        fixtures.listing(fixtures.resident().create(), full).create();
        PersonId anna = fixtures.resident().create();
        StaffHttp s = signIn(staff.vardval());
        s.get(page(anna));

        String after = follow(s, page(anna) + "/register", form(full));

        assertThat(after).contains("Vårdcentralen Full").contains("notice error");
        assertThat(activeListings(anna)).isZero();
        assertThat(audits(anna, "REGISTER_LISTING_REFUSED")).isEqualTo(1);
    }

    @Test
    void theRelistingCapHoldsAndAnExemptionRaisesIt() {
        HsaId old = fixtures.facility().create();
        HsaId wanted = fixtures.facility().create();
        PersonId anna = fixtures.resident().create();
        fixtures.listing(anna, old).create();
        for (int i = 1; i <= 2; i++) {
            jdbc.sql("insert into relisting (person_id, code, code_system, counted_at, source) values (:p, 'PV', :s, :at, 'test')")
                    .param("p", anna.value()).param("s", se.listning.domain.identity.ListingTypeCode.PV.codeSystem())
                    .param("at", LocalDateTime.now().minusMonths(i)).update();
        }
        StaffUser vardval = staff.vardval();
        StaffHttp s = signIn(vardval);
        assertThat(s.get(page(anna)).body()).containsPattern("<td class=\"num\">0</td>\\s*<td class=\"num\">2</td>");

        String refused = follow(s, page(anna) + "/register", form(wanted));
        assertThat(refused).contains("omlistningar");
        assertThat(jdbc.sql("select facility_hsa_id from listing where person_id = :p and active")
                .param("p", anna.value()).query(String.class).single()).isEqualTo(old.value());

        String granted = follow(s, page(anna) + "/exemption", Map.of("type", "PV", "reason", "Flytt inom kommunen"));
        assertThat(granted).contains("Undantaget är registrerat")
                .containsPattern("<td class=\"num\">1</td>\\s*<td class=\"num\">3</td>");
        assertThat(audits(anna, "GRANT_EXEMPTION")).isEqualTo(1);

        String listed = follow(s, page(anna) + "/register", form(wanted));
        assertThat(listed).contains("notice ok");
        assertThat(jdbc.sql("select facility_hsa_id from listing where person_id = :p and active")
                .param("p", anna.value()).query(String.class).single()).isEqualTo(wanted.value());
    }

    @Test
    void anExemptionNeedsAReasonAndIsForVardvalsbehorigOnly() {
        HsaId unit = fixtures.facility().create();
        PersonId anna = fixtures.resident().create();
        fixtures.listing(anna, unit).create();
        StaffHttp chef = signIn(staff.chef(unit));
        chef.get(page(anna));
        assertThat(chef.post(page(anna) + "/exemption", Map.of("type", "PV", "reason", "x")).statusCode()).isEqualTo(403);

        StaffHttp vardval = signIn(staff.vardval());
        vardval.get(page(anna));
        assertThat(follow(vardval, page(anna) + "/exemption", Map.of("type", "PV", "reason", " ")))
                .contains("Ange ett skäl");
        assertThat(jdbc.sql("select count(*) from relisting_exemption where person_id = :p").param("p", anna.value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aVisitorRegisteredFromAPaperFormIsAnnouncedToTheHomeRegion() {
        HsaId unit = fixtures.facility().create();
        PersonId visitor = fixtures.resident().county("20").visitor().create();
        StaffHttp s = signIn(staff.chef(unit));
        s.get(page(visitor));

        String after = follow(s, page(visitor) + "/register",
                Map.of("unit", unit.value(), "type", "PV", "signed", "true", "homeCounty", "20"));

        assertThat(after).contains("notice ok");
        assertThat(activeListings(visitor)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from outbox_update_listing where person_id = :p and receiver_county = '20'")
                .param("p", visitor.value()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aChefSeesNothingOfAnotherUnitsPatientAndCannotChangeTheirListing() {
        HsaId mine = fixtures.facility().create();
        HsaId theirs = fixtures.facility().create();
        HsaId theirDoctor = fixtures.doctor(theirs).create();
        PersonId patient = fixtures.resident().create();
        long listing = fixtures.listing(patient, theirs).create();
        StaffHttp chef = signIn(staff.chef(mine));

        HttpResponse<String> view = chef.get(page(patient));

        assertThat(view.statusCode()).isEqualTo(403);
        assertThat(view.body()).contains("inte listad eller köad på någon av dina vårdcentraler")
                .doesNotContain("Testsson").doesNotContain("Vårdvalshistorik").contains("Registrera vårdval");
        assertThat(audits(patient, "READ")).isZero();
        assertThat(audits(patient, "LOOKUP_NOT_OWN_PATIENT")).isEqualTo(1);

        assertThat(chef.post(page(patient) + "/listings/" + listing + "/doctor", Map.of("doctor", theirDoctor.value()))
                .statusCode()).isEqualTo(403);
        assertThat(chef.post(page(patient) + "/register", form(theirs)).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select doctor_hsa_id from listing where id = :id").param("id", listing)
                .query(String.class).optional()).isEmpty();
        assertThat(activeListings(patient)).isEqualTo(1);
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        HsaId unit = fixtures.facility().create();
        PersonId anna = fixtures.resident().create();
        StaffHttp s = signIn(staff.vardval());

        HttpResponse<String> response = s.postWithoutToken(page(anna) + "/register", form(unit));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(activeListings(anna)).isZero();
    }

    @Test
    void searchFindsByTenDigitsAndRefusesBadOrUnknownNumbers() {
        PersonId anna = fixtures.resident().create();
        StaffHttp s = signIn(staff.vardval());
        s.get("/staff/persons");
        String ten = anna.value().substring(2, 8) + "-" + anna.value().substring(8);

        HttpResponse<String> found = s.post("/staff/persons", Map.of("personnummer", ten));
        assertThat(found.headers().firstValue("Location").orElseThrow()).endsWith(page(anna));

        assertThat(s.post("/staff/persons", Map.of("personnummer", "12345")).body())
                .contains("Skriv personnumret med 10 eller 12 siffror").contains("aria-invalid=\"true\"");
        PersonId unknown = se.listning.region.testing.Fixtures.newPersonId();
        String body = s.post("/staff/persons", Map.of("personnummer", unknown.value())).body();
        assertThat(body).contains("Personen finns inte i regionens register.");
    }

    @Test
    void aSysadminIsRefused() {
        StaffHttp s = signIn(staff.sysadmin());
        assertThat(s.get("/staff/persons").statusCode()).isEqualTo(403);
    }

    @Test
    void setsChangesAndRemovesTheDoctorWithTheDomainsRules() {
        HsaId unit = fixtures.facility().create();
        HsaId other = fixtures.facility().create();
        HsaId eva = fixtures.doctor(unit).name("Eva Ek").create();
        HsaId full = fixtures.doctor(unit).name("Full Doktor").maxPatients(0).create();
        HsaId foreign = fixtures.doctor(other).name("Annan Doktor").create();
        PersonId anna = fixtures.resident().create();
        long listing = fixtures.listing(anna, unit).create();
        StaffHttp s = signIn(staff.chef(unit));
        s.get(page(anna));
        String path = page(anna) + "/listings/" + listing + "/doctor";

        assertThat(follow(s, path, Map.of("doctor", foreign.value()))).contains("notice error");
        assertThat(follow(s, path, Map.of("doctor", full.value()))).contains("notice error");
        assertThat(follow(s, path, Map.of("doctor", eva.value()))).contains("Fast läkarkontakt är nu Eva Ek");
        assertThat(jdbc.sql("select doctor_hsa_id from listing where id = :id").param("id", listing)
                .query(String.class).single()).isEqualTo(eva.value());
        assertThat(follow(s, path, Map.of("doctor", ""))).contains("Fast läkarkontakt är borttagen");
        assertThat(jdbc.sql("select count(*) from listing_doctor_change where listing_id = :id").param("id", listing)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(audits(anna, "SET_DOCTOR")).isEqualTo(2);
    }

    @Test
    void aProtectedIdentityShowsNoNameOrAddressOnThePageNorInThePdf() throws IOException {
        HsaId unit = fixtures.facility().name("Vårdcentralen Skydd").create();
        PersonId hidden = fixtures.resident().protectedIdentity().create();
        jdbc.sql("update person set street_address = 'Hemliga vägen 7', postal_code = '12345', city = 'Gömstad' "
                + "where person_id = :p").param("p", hidden.value()).update();
        fixtures.listing(hidden, unit).create();
        StaffHttp s = signIn(staff.vardval());

        String body = s.get(page(hidden)).body();
        assertThat(body).contains("Skyddade personuppgifter")
                .doesNotContain("Testsson").doesNotContain("Hemliga").doesNotContain("Gömstad");

        HttpResponse<byte[]> pdf = s.getBytes(page(hidden) + "/form.pdf?unit=" + unit.value());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        assertThat(text).contains("Blankett för val av vårdcentral").contains("Vårdcentralen Skydd")
                .contains(hidden.value().substring(0, 8))
                .doesNotContain("Testsson").doesNotContain("Hemliga").doesNotContain("Gömstad");
        assertThat(jdbc.sql("select count(*) from audit_event where person_id = :p and purpose = 'Utskrift blankett'")
                .param("p", hidden.value()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void thePdfCarriesNameAndAddressOnlyForThoseWhoMayReadThem() throws IOException {
        HsaId mine = fixtures.facility().name("Vårdcentralen Egen").create();
        HsaId theirs = fixtures.facility().create();
        PersonId anna = fixtures.resident().create();
        jdbc.sql("update person set street_address = 'Storgatan 1', postal_code = '11122', city = 'Stockholm' "
                + "where person_id = :p").param("p", anna.value()).update();
        fixtures.listing(anna, theirs).create();

        String full = pdfText(signIn(staff.vardval()), anna, mine);
        assertThat(full).contains("Test Testsson").contains("Storgatan 1").contains("Samtycke");

        StaffHttp chef = signIn(staff.chef(mine));
        String limited = pdfText(chef, anna, mine);
        assertThat(limited).contains("Vårdcentralen Egen").doesNotContain("Testsson").doesNotContain("Storgatan");
        assertThat(chef.getBytes(page(anna) + "/form.pdf?unit=" + theirs.value()).statusCode()).isEqualTo(403);
    }

    private String pdfText(StaffHttp http, PersonId person, HsaId unit) throws IOException {
        HttpResponse<byte[]> pdf = http.getBytes(page(person) + "/form.pdf?unit=" + unit.value());
        assertThat(pdf.statusCode()).isEqualTo(200);
        return new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
    }
}
