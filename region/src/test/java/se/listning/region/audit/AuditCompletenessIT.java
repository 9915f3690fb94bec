package se.listning.region.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;
import se.listning.region.config.RegionProperties;
import se.listning.region.population.FeedJob;
import se.listning.region.population.FeedWriter;
import se.listning.region.population.PopulationFeeds;
import se.listning.region.registers.PopulationRegisterStandIn;
import se.listning.region.registers.RegistersStandInController;
import se.listning.region.soap.CarelistingContract;
import se.listning.region.soap.CxfConfig;
import se.listning.region.staff.audit.AuditEntries;
import se.listning.region.staff.audit.AuditFilter;
import se.listning.region.staff.security.StaffHttp;
import se.listning.region.staff.security.StaffUser;
import se.listning.region.testing.AuditHistory;
import se.listning.region.testing.RegionIT;
import se.listning.region.testing.StaffFixtures;

/**
 * One fresh person through every interface that reads or writes personal data, each once, the way each is
 * really used (SOAP over HTTP, the staff tool over HTTP, a feed file, a CSV upload, /admin over HTTP); then the
 * person's audit history must name every action with who (actor), role and purpose. The interfaces:
 * the five contracts that read a person, CreateListing (queueing at a full unit), the queue promotion after
 * another region's UpdateListing freed the place, a CSV upload setting the doctor, a staff read, a
 * population-feed line, the registers stand-in, closing the unit via /admin and an incoming UpdateListing.
 */
class AuditCompletenessIT extends RegionIT {

    private static final String CONSUMER = "SE-CONSUMER-001";
    private static final String PNR_ROOT = "1.2.752.129.2.1.3.1";
    private static final String HSA_ROOT = "1.2.752.129.2.1.4.1";
    private static final String COUNTY_ROOT = "1.2.752.129.2.2.1.18";
    private static final Pattern RESULT_CODE = Pattern.compile("<(?:\\w+:)?resultCode>(\\w+)</");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    AuditEntries auditEntries;
    @Autowired
    StaffFixtures staff;
    @Autowired
    PopulationFeeds feeds;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Clock clock;
    @Autowired
    RegionProperties regionProperties;

    @TempDir
    Path dir;

    @Test
    void everyInterfaceLeavesARowWithWhoRoleAndPurposeInThePersonsHistory() throws Exception {
        fixtures.ensurePv();
        HsaId unit = fixtures.facility().cap(1).queue(true).supportsPersonnel(true).create();
        HsaId doctor = fixtures.doctor(unit).create();
        PersonId blocker = fixtures.resident().create();
        fixtures.listing(blocker, unit).create();
        PersonId person = fixtures.resident().create();
        String x = person.value();

        // The reading contracts.
        soap(CarelistingContract.GET_LISTING_TYPES, person(x) + county("homeCountyCode", "01"));
        soap(CarelistingContract.GET_AVAILABLE_HEALTHCARE_PERSONNEL, person(x) + element("healthcareFacilityHSAId", unit.value()));
        soap(CarelistingContract.GET_LISTING_COUNTY, citizen(x) + person(x));
        soap(CarelistingContract.GET_LISTING, citizen(x) + person(x));
        // CreateListing: the unit is full, so the person queues.
        assertThat(soap(CarelistingContract.CREATE_LISTING, citizen(x) + person(x) + element("healthcareFacilityHSAId", unit.value())
                + pv() + element("addToQueue", "true"))).isEqualTo("OK");
        assertThat(queued(person)).isTrue();

        // Another region tells us the blocker is listed there: the place frees and the queue advancer promotes.
        assertThat(soap(CarelistingContract.UPDATE_LISTING, person(blocker.value()) + county("newListingCounty", "13")
                + county("homeCounty", "01"))).isEqualTo("OK");
        awaitListed(person, unit);

        // The CSV upload sets the doctor; a Vårdvalsbehörig opens the person page.
        StaffUser chef = staff.chef(unit);
        upload(StaffHttp.signedIn(port, chef.username()), x + ";" + unit.value() + ";" + doctor.value() + "\n");
        StaffUser vardval = staff.vardval();
        assertThat(StaffHttp.signedIn(port, vardval.username()).get("/staff/persons/" + x).statusCode()).isEqualTo(200);

        // A population-feed line and the registers stand-in (the demo e-service's sign-in).
        FeedJob job = feeds.submit(feed("MOVED_WITHIN;" + x + ";0182;Granskningsgatan 2;13130;Nacka"), false);
        assertThat(job.state()).isEqualTo(FeedJob.State.DONE);
        new RegistersStandInController(new PopulationRegisterStandIn(jdbc, clock, regionProperties), null, auditLog).person(x);

        // The operator closes the unit; then another region says the person has listed there.
        assertThat(post("/admin/facilities/" + unit.value() + "/close").statusCode()).isEqualTo(200);
        assertThat(soap(CarelistingContract.UPDATE_LISTING, person(x) + county("newListingCounty", "13")
                + county("homeCounty", "01"))).isEqualTo("OK");

        // the person's entries as the audit viewer reads them: their own rows and the acts on many persons (V15)
        List<Map<String, Object>> history = AuditHistory.of(auditEntries,
                new AuditFilter(person, null, null, null, null, null, null));
        assertThat(history).allSatisfy(row -> {
            assertThat((String) row.get("role")).as("role of %s", row).isNotBlank();
            assertThat((String) row.get("purpose")).as("purpose of %s", row).isNotBlank();
            assertThat(row.get("actor_id") != null || row.get("consumer_id") != null).as("who in %s", row).isTrue();
        });
        assertRow(history, "GetListingTypes", "READ", null, CONSUMER);
        assertRow(history, "GetAvailableHealthcarePersonnel", "READ", null, CONSUMER);
        assertRow(history, "GetListingCounty", "READ", x, CONSUMER);
        assertRow(history, "GetListing", "READ", x, CONSUMER);
        assertRow(history, "CreateListing", "WRITE", x, CONSUMER);
        assertRow(history, "kö", "LISTING_FROM_QUEUE", "Köhantering", null);
        assertRow(history, "staff", "SET_DOCTOR", chef.auditId(), null);
        assertRow(history, "staff", "READ", vardval.auditId(), null);
        assertRow(history, "folkbokföring", "MOVED_WITHIN", "Folkbokföring", null);
        assertRow(history, "register-demo", "READ", "Invånartjänst (demo)", null);
        assertRow(history, "admin", "CLOSE_UNIT_PERSON", "Drift (/admin)", null);
        assertRow(history, "UpdateListing", "WRITE", null, null);
        assertThat(history.stream().filter(r -> "LISTING_FROM_QUEUE".equals(r.get("action"))).findFirst().orElseThrow()
                .get("unit")).isEqualTo(unit.value());
    }

    private static void assertRow(List<Map<String, Object>> history, String channel, String action, String actorId,
                                  String consumer) {
        assertThat(history).as("%s %s by %s", channel, action, actorId).anySatisfy(row -> {
            assertThat(row.get("channel")).isEqualTo(channel);
            assertThat(row.get("action")).isEqualTo(action);
            assertThat(row.get("actor_id")).isEqualTo(actorId);
            if (consumer != null) {
                assertThat(row.get("consumer_id")).isEqualTo(consumer);
            }
        });
    }

    // --- SOAP, as the e-service and other regions send it ---

    private String soap(CarelistingContract contract, String body) throws IOException, InterruptedException {
        String envelope = """
                <?xml version="1.0" encoding="UTF-8"?>
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" \
                xmlns:itr="urn:riv:itintegration:registry:1" xmlns:core="urn:riv:supportprocess:logistics:carelisting:2" \
                xmlns:r="%s"><soapenv:Header><itr:LogicalAddress>01</itr:LogicalAddress></soapenv:Header>
                <soapenv:Body><r:%s>%s</r:%s></soapenv:Body></soapenv:Envelope>
                """.formatted(contract.responderNamespace(), contract.contractName(), body, contract.contractName());
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + CxfConfig.SERVICES_PATH
                        + contract.address()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"" + contract.soapAction() + "\"")
                .header("x-rivta-original-serviceconsumer-hsaid", CONSUMER)
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Matcher code = RESULT_CODE.matcher(response.body());
        assertThat(code.find()).as(response.body()).isTrue();
        return code.group(1);
    }

    private static String ii(String element, String root, String extension) {
        return "<r:" + element + "><core:root>" + root + "</core:root><core:extension>" + extension
                + "</core:extension></r:" + element + ">";
    }

    private static String person(String pnr) {
        return ii("personId", PNR_ROOT, pnr);
    }

    private static String county(String element, String code) {
        return ii(element, COUNTY_ROOT, code);
    }

    private static String citizen(String pnr) {
        return "<r:actor><core:actorId><core:root>" + PNR_ROOT + "</core:root><core:extension>" + pnr
                + "</core:extension></core:actorId><core:actorType>CITIZEN</core:actorType></r:actor>";
    }

    private static String element(String element, String value) {
        return "<r:" + element + ">" + value + "</r:" + element + ">";
    }

    private static String pv() {
        return "<r:listingType><core:code>PV</core:code><core:codeSystem>1.2.752.129.5.1.27</core:codeSystem></r:listingType>";
    }

    // --- the other interfaces ---

    private HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Path feed(String line) throws IOException {
        String id = "PU-AUDIT-" + System.nanoTime();
        Path file = dir.resolve(id + ".txt");
        try (FeedWriter writer = FeedWriter.to(file, "01", id, LocalDateTime.now())) {
            writer.line(line);
        }
        return file;
    }

    /** Uploads a CSV and waits until the job has finished; it must apply. */
    private void upload(StaffHttp http, String csv) throws InterruptedException {
        HttpResponse<String> response = http.postFile("/staff/upload", "file", "koppling.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String state = "RUNNING";
        for (int i = 0; i < 300 && "RUNNING".equals(state); i++) {
            Thread.sleep(100);
            state = jdbc.sql("select state from csv_upload where id = :id").param("id", id).query(String.class).single();
        }
        assertThat(state).isEqualTo("APPLIED");
    }

    private boolean queued(PersonId person) {
        return jdbc.sql("select count(*) from queue_place where person_id = :p and active").param("p", person.value())
                .query(Integer.class).single() == 1;
    }

    private void awaitListed(PersonId person, HsaId unit) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (jdbc.sql("select count(*) from listing where person_id = :p and facility_hsa_id = :u and active")
                    .param("p", person.value()).param("u", unit.value()).query(Integer.class).single() == 1) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the queue advancer did not promote " + person.masked());
    }
}
