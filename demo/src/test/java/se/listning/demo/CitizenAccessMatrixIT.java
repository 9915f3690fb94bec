package se.listning.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.demo.TestPopulation.unit;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The citizen e-service's access-control matrix, row by row, over plain HTTP with cookies against the running
 * federation ({@link CitizenFederation}): the e-service has no data of its own, so every row needs the regions
 * and the population register behind the platform. Each refusal is checked for what it must not do: send a
 * change (read back from the region) or show another person's data.
 */
class CitizenAccessMatrixIT {

    private static Federation federation;
    private static TestPopulation population;
    private static Soap soap;

    @BeforeAll
    static void federation() {
        federation = CitizenFederation.get();
        population = new TestPopulation(federation);
        soap = new Soap(federation.config().platformUrl());
    }

    private CitizenAccessSession session() {
        return new CitizenAccessSession(federation.citizenUrl());
    }

    @Test
    void anonymousVisitorsSeeOnlyTheSignInAndInformationPages() {
        CitizenAccessSession anonymous = session();
        for (String path : List.of("/", "/valj", "/valj?region=01", "/valj/enhet?region=01&enhet=" + unit("01", 1),
                "/valj/bekrafta?region=01&enhet=" + unit("01", 1), "/lakare?region=01&enhet=" + unit("01", 1),
                "/ko/lamna?region=01&enhet=" + unit("01", 1), "/kvitto/" + UUID.randomUUID())) {
            HttpResponse<String> page = anonymous.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/logga-in"));
        }
        for (String path : List.of("/logga-in", "/villkor", "/om-vardgarantin")) {
            assertThat(anonymous.get(path).statusCode()).as(path).isEqualTo(200);
        }
        String person = population.resident("01");
        HttpResponse<String> post = anonymous.post("/valj/bekrafta", Map.of("region", "01", "enhet", unit("01", 1),
                "token", "x", "for", person, "villkor", "ja"));
        assertThat(post.statusCode()).as("a change without a session").isIn(302, 403);
        assertThat(anonymous.post("/agera-for", Map.of("person", person)).statusCode()).isIn(302, 403);
        assertThat(soap.getListing("01", person).listedAt()).as("nothing sent").isEmpty();
    }

    @Test
    void aResidentSeesAndChangesTheirOwnListing() {
        String resident = population.resident("01", "Rut", "Egensson", LocalDate.of(1960, 1, 1), 20, "");
        CitizenAccessSession own = session().signIn(resident);

        HttpResponse<String> start = own.get("/");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).contains("Rut").doesNotContain("acting-banner");
        chooseAndConfirm(own, "01", unit("01", 1), resident);

        assertThat(soap.getListing("01", resident).listedAt()).containsExactly(unit("01", 1));
    }

    @Test
    void aGuardianActsForTheirOwnChild() {
        String guardian = population.resident("01", "Gun", "Vårdsson", LocalDate.of(1980, 1, 1), 10, "");
        String child = population.resident("01", "Kim", "Vårdsson", LocalDate.now().minusYears(10), 4, guardian);
        CitizenAccessSession parent = session().signIn(guardian);

        HttpResponse<String> switched = parent.post("/agera-for", Map.of("person", child));
        assertThat(switched.statusCode()).isEqualTo(302);
        assertThat(parent.get("/").body()).contains("Du agerar som vårdnadshavare för").contains("Kim");
        chooseAndConfirm(parent, "01", unit("01", 1), child);

        assertThat(soap.getListing("01", child).listedAt()).containsExactly(unit("01", 1));
        assertThat(soap.getListing("01", guardian).listedAt()).as("the guardian's own listing").isEmpty();
    }

    @Test
    void aGuardianCannotActForSomeoneElsesChildNorForAnotherAdult() {
        String guardian = population.resident("01", "Gun", "Egenbarnsson", LocalDate.of(1980, 1, 1), 10, "");
        population.resident("01", "Kim", "Egenbarnsson", LocalDate.now().minusYears(8), 4, guardian);
        String stranger = population.resident("01", "Sven", "Främlingsson", LocalDate.of(1980, 1, 1), 10, "");
        String strangersChild = population.resident("01", "Ebba", "Främlingsson", LocalDate.now().minusYears(8), 4, stranger);
        CitizenAccessSession parent = session().signIn(guardian);

        for (String other : List.of(strangersChild, stranger)) {
            assertThat(parent.post("/agera-for", Map.of("person", other)).statusCode()).isEqualTo(302);
            String start = parent.get("/").body();
            assertThat(start).contains("Du kan bara agera för dig själv och för barn som du är vårdnadshavare för.")
                    .doesNotContain("Du agerar som vårdnadshavare").doesNotContain("Ebba").doesNotContain("Sven");
        }
        // a change posted for the stranger's child while acting for oneself: the for-person check refuses it
        HttpResponse<String> form = parent.get("/valj/bekrafta?region=01&enhet=" + unit("01", 1));
        HttpResponse<String> sent = parent.post("/valj/bekrafta", confirmation(form.body(), strangersChild));
        assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(parent.get("/").body()).contains("Ingenting har skickats");
        assertThat(soap.getListing("01", strangersChild).listedAt()).isEmpty();
        assertThat(soap.getListing("01", guardian).listedAt()).isEmpty();
    }

    @Test
    void aResidentCannotOpenAnotherPersonsListingPagesOrReceipts() {
        String other = population.resident("01", "Xenia", "Annanperson", LocalDate.of(1970, 1, 1), 10, "");
        assertThat(soap.createListing("20", other, unit("20", 1), "01").resultCode()).isIn("OK", "INFO");
        CitizenAccessSession otherSession = session().signIn(other);
        String otherForm = otherSession.get("/valj/bekrafta?region=01&enhet=" + unit("01", 1)).body();
        String otherReceipt = CitizenAccessSession.hidden(otherForm, "token");
        assertThat(otherSession.post("/valj/bekrafta", confirmation(otherForm, other)).statusCode()).isEqualTo(302);
        String resident = population.resident("01", "Rut", "Nyfikensson", LocalDate.of(1960, 1, 1), 20, "");
        CitizenAccessSession curious = session().signIn(resident);

        for (String path : List.of("/lakare?region=01&enhet=" + unit("01", 1), "/ko/lamna?region=01&enhet=" + unit("01", 1),
                "/lakare?region=20&enhet=" + unit("20", 1))) {
            HttpResponse<String> page = curious.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(400);
            assertThat(page.body()).as(path).containsAnyOf("Du är inte listad på den mottagningen.",
                    "Du står inte i kö till den mottagningen.").doesNotContain("Xenia").doesNotContain(other);
        }
        HttpResponse<String> doctor = curious.post("/lakare", Map.of("region", "01", "enhet", unit("01", 1),
                "lakare", "SE-X-1", "token", "x", "for", resident));
        assertThat(doctor.statusCode()).isEqualTo(400);
        assertThat(curious.get("/kvitto/" + otherReceipt).statusCode()).as("another session's receipt").isEqualTo(404);
        assertThat(curious.get("/").body()).doesNotContain("Xenia");
        assertThat(soap.getListing("01", other).listedAt()).containsExactly(unit("01", 1));
        assertThat(soap.getListing("01", resident).listedAt()).isEmpty();
    }

    @Test
    void forgedCsrfForgedFormTokenAndAnotherForPersonSendNothing() {
        String resident = population.resident("01", "Rut", "Förfalskarsson", LocalDate.of(1960, 1, 1), 20, "");
        String other = population.resident("01");
        CitizenAccessSession own = session().signIn(resident);
        String page = own.get("/valj/bekrafta?region=01&enhet=" + unit("01", 2)).body();

        Map<String, String> forgedCsrf = new java.util.LinkedHashMap<>(confirmation(page, resident));
        forgedCsrf.put("_csrf", "forged-" + UUID.randomUUID());
        assertThat(own.postRaw("/valj/bekrafta", forgedCsrf).statusCode()).as("forged CSRF token").isEqualTo(403);
        Map<String, String> noCsrf = new java.util.LinkedHashMap<>(confirmation(page, resident));
        assertThat(own.postRaw("/valj/bekrafta", noCsrf).statusCode()).as("no CSRF token").isEqualTo(403);

        Map<String, String> forgedToken = new java.util.LinkedHashMap<>(confirmation(page, resident));
        forgedToken.put("token", UUID.randomUUID().toString());
        assertThat(own.post("/valj/bekrafta", forgedToken).statusCode()).isEqualTo(302);
        assertThat(own.get("/").body()).contains("Formuläret har gått ut. Ingenting har skickats.");

        page = own.get("/valj/bekrafta?region=01&enhet=" + unit("01", 2)).body();
        assertThat(own.post("/valj/bekrafta", confirmation(page, other)).statusCode()).isEqualTo(302);
        assertThat(own.get("/").body()).contains("Du har bytt person i ett annat fönster. Ingenting har skickats.");

        assertThat(soap.getListing("01", resident).listedAt()).as("nothing sent for the resident").isEmpty();
        assertThat(soap.getListing("01", other).listedAt()).as("nothing sent for the other person").isEmpty();
    }

    @Test
    void afterSignOutTheSessionIsGone() {
        String resident = population.resident("01");
        CitizenAccessSession own = session().signIn(resident);
        assertThat(own.get("/").statusCode()).isEqualTo(200);

        assertThat(own.post("/logga-ut", Map.of()).statusCode()).isEqualTo(302);

        assertThat(own.get("/").statusCode()).isEqualTo(302);
    }

    /** Opens the confirmation page of a unit in the home region, sends it and checks the receipt. */
    private static void chooseAndConfirm(CitizenAccessSession session, String region, String unit, String person) {
        HttpResponse<String> form = session.get("/valj/bekrafta?region=" + region + "&enhet=" + unit);
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        assertThat(CitizenAccessSession.hidden(form.body(), "for")).isEqualTo(person);
        HttpResponse<String> sent = session.post("/valj/bekrafta", confirmation(form.body(), person));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        String receipt = sent.headers().firstValue("Location").orElseThrow();
        assertThat(receipt).contains("/kvitto/");
        HttpResponse<String> shown = session.get(receipt.substring(receipt.indexOf("/kvitto/")));
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("Ditt vårdval har ändrats");
    }

    /** The confirmation form's fields as the page gave them, terms and queue ticked, sent for {@code forPerson}. */
    private static Map<String, String> confirmation(String page, String forPerson) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        for (String field : List.of("region", "enhet", "typ", "lakare", "token")) {
            form.put(field, CitizenAccessSession.hidden(page, field));
        }
        form.put("for", forPerson);
        form.put("villkor", "ja");
        form.put("ko", "ja");
        return form;
    }
}
