package se.listning.region.soap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.PersonId;
import se.listning.region.RegionApplication;
import se.listning.region.crosscounty.CrossCountyProperties;
import se.listning.region.crosscounty.PlatformOtherRegions;
import se.listning.region.soap.CarelistingContract;

/**
 * A region on real TLS with client-auth=need, its CA and certificates made at run time: the handshake refuses
 * callers without a certificate or with one from another CA; a consumer is identified by its certificate's
 * SERIALNUMBER, a trusted platform's original-consumer header names the original consumer, an untrusted caller's
 * header is refused; the authorisation table file decides per contract and actor type; and the region's own
 * outgoing client (PlatformOtherRegions) calls over mutual TLS with its certificate.
 */
class MutualTlsIT {

    private static final TestPki PKI = new TestPki("Listning test CA");
    private static final TestPki OTHER_CA = new TestPki("Some other CA");
    private static final TestPki.Issued E_SERVICE = PKI.issue("SERIALNUMBER=SE2321000016-E1,CN=e-service,O=Test");
    private static final TestPki.Issued PLATFORM = PKI.issue("SERIALNUMBER=SE-PLATFORM-001,CN=platform,O=Test");
    private static final TestPki.Issued REGION_14 = PKI.issue("SERIALNUMBER=SE-REGION-14,CN=region-14,O=Test");
    private static final TestPki.Issued PROVIDER = PKI.issue("SERIALNUMBER=SE2321000016-PV01,CN=provider,O=Test");

    private static ConfigurableApplicationContext region;
    private static JdbcClient jdbc;
    private static int port;
    private static Path dir;

    @BeforeAll
    static void startRegionWithMutualTls() throws IOException {
        dir = Files.createDirectories(Path.of("target/it-data/mtls-" + UUID.randomUUID()));
        Path server = PKI.issue("SERIALNUMBER=SE-REGION-01,CN=region-01,O=Test").write(dir.resolve("region-01.p12"));
        Path region14 = REGION_14.write(dir.resolve("region-14.p12"));
        Path trust = PKI.writeTrustStore(dir.resolve("truststore.p12"));
        Path table = Files.writeString(dir.resolve("authorisation.txt"), """
                SE2321000016-E1 ; GetListing, GetListingCounty ; CITIZEN, GUARDIAN
                SE-CONSUMER-001 ; GetListing ; CITIZEN
                SE-REGION-* ; GetListingCounty ; REGION
                SE2321000016-PV01 ; GetListing ; PRIVATE_CAREGIVER
                """);
        port = freePort();
        String password = new String(TestPki.PASSWORD);
        Map<String, Object> properties = new java.util.LinkedHashMap<>();
        // as docs/transport-security.md configures it: SSL bundles, the server's with client-auth=need
        bundle(properties, "region-01", server, trust, password);
        bundle(properties, "region-14", region14, trust, password);
        properties.put("server.port", port);
        properties.put("server.ssl.bundle", "region-01");
        properties.put("server.ssl.client-auth", "need");
        properties.putAll(Map.ofEntries(
                Map.entry("listning.county", "01"),
                Map.entry("listning.data-dir", dir.resolve("region-01")),
                Map.entry("listning.demo-data", false),
                Map.entry("listning.outbox.enabled", false),
                Map.entry("listning.soap.trusted-platforms", "SE-PLATFORM-001"),
                Map.entry("listning.soap.authorisation-file", table)));
        region = new SpringApplicationBuilder(RegionApplication.class).run(properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        jdbc = region.getBean(JdbcClient.class);
    }

    private static void bundle(Map<String, Object> properties, String name, Path keystore, Path trust, String password) {
        String prefix = "spring.ssl.bundle.jks." + name + ".";
        properties.put(prefix + "keystore.location", keystore.toUri());
        properties.put(prefix + "keystore.type", "PKCS12");
        properties.put(prefix + "keystore.password", password);
        properties.put(prefix + "truststore.location", trust.toUri());
        properties.put(prefix + "truststore.type", "PKCS12");
        properties.put(prefix + "truststore.password", password);
    }

    @AfterAll
    static void stop() {
        if (region != null) {
            region.close();
        }
    }

    @Test
    void aClientWithoutCertificateIsRefusedAtTheHandshake() {
        assertThatThrownBy(() -> getListing(TestPki.clientContext(null, PKI), null, "CITIZEN"))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aClientWithACertificateFromAnotherCaIsRefusedAtTheHandshake() {
        TestPki.Issued stranger = OTHER_CA.issue("SERIALNUMBER=SE-CONSUMER-001,CN=stranger,O=Test");
        assertThatThrownBy(() -> getListing(TestPki.clientContext(stranger, PKI), null, "CITIZEN"))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aConsumerIsIdentifiedByItsCertificateSerialNumber() throws Exception {
        assertAuditedConsumer(E_SERVICE, null, "SE2321000016-E1");
    }

    @Test
    void aTrustedPlatformNamesTheOriginalConsumerInTheHeader() throws Exception {
        assertAuditedConsumer(PLATFORM, "SE-CONSUMER-001", "SE-CONSUMER-001");
    }

    /** A citizen's GetListing with {@code client}'s certificate is answered and audited with {@code expected}. */
    private static void assertAuditedConsumer(TestPki.Issued client, String header, String expected) throws Exception {
        String person = newPerson();
        HttpResponse<String> response = getListing(TestPki.clientContext(client, PKI), header, "CITIZEN", person);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(consumersAudited(person)).containsExactly(expected);
    }

    @Test
    void anUntrustedCallersHeaderNamingSomeoneElseIsRefused() throws Exception {
        String call = newPerson();
        HttpResponse<String> response = getListing(TestPki.clientContext(E_SERVICE, PKI), "SE-CONSUMER-001",
                "CITIZEN", call);
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("faultcode>soap:Client<")
                .contains("'SE2321000016-E1' är ingen betrodd tjänsteplattform");
        assertThat(refusals(call)).containsExactly("SE2321000016-E1 NOT_IDENTIFIED");
    }

    @Test
    void theTableDecidesPerContractAndActorType() throws Exception {
        String allowed = newPerson();
        assertThat(getListing(TestPki.clientContext(PROVIDER, PKI), null, "PRIVATE_CAREGIVER", allowed)
                .statusCode()).isEqualTo(200);
        assertThat(consumersAudited(allowed)).containsExactly("SE2321000016-PV01");

        String wrongActor = newPerson();
        HttpResponse<String> refused = getListing(TestPki.clientContext(PROVIDER, PKI), null, "CITIZEN", wrongActor);
        assertThat(refused.statusCode()).isEqualTo(500);
        assertThat(refused.body()).contains("faultcode>soap:Client<").contains("Tjänstekonsumenten"
                + " 'SE2321000016-PV01' saknar behörighet att anropa GetListing med aktörstypen CITIZEN");
        assertThat(refusals(wrongActor)).containsExactly("SE2321000016-PV01 NOT_AUTHORISED");
        assertThat(consumersAudited(wrongActor)).isEmpty();

        String unknown = newPerson();
        HttpResponse<String> stranger = getListing(TestPki.clientContext(
                PKI.issue("SERIALNUMBER=SE2321000016-XYZ,CN=unknown,O=Test"), PKI), null, "CITIZEN", unknown);
        assertThat(stranger.body()).contains("faultcode>soap:Client<").contains("'SE2321000016-XYZ' saknar behörighet");
    }

    @Test
    void theRegionsOwnClientCallsOverMutualTlsWithItsCertificate() {
        // region 14's outgoing client, configured with listning.platform.tls.bundle=region-14, addressed to 01 by https
        CrossCountyProperties properties = new CrossCountyProperties("14", null,
                new CrossCountyProperties.Platform(null, Map.of("01", "https://localhost:" + port),
                        Duration.ofSeconds(2), Duration.ofSeconds(10), 1, Duration.ofMillis(50),
                        new CrossCountyProperties.Tls("region-14")),
                null, null, null);
        PlatformOtherRegions client = new PlatformOtherRegions(properties, region.getBean(SslBundles.class));
        try {
            List<CountyCode> counties = client.listingCounties(CountyCode.of("01"), PersonId.parse(newPerson()));
            assertThat(counties).isNotNull();
        } finally {
            client.destroy();
        }
        assertThat(jdbc.sql("select consumer_id from audit_event where channel = 'GetListingCounty'"
                + " and actor_type = 'REGION' and action <> 'REFUSED'").query(String.class).list())
                .contains("SE-REGION-14");
    }

    private static HttpResponse<String> getListing(SSLContext tls, String originalConsumer, String actorType)
            throws Exception {
        return getListing(tls, originalConsumer, actorType, newPerson());
    }

    /** GetListing about {@code person} (each test its own synthetic person, so it finds its own audit rows). */
    private static HttpResponse<String> getListing(SSLContext tls, String originalConsumer, String actorType,
                                                   String person) throws Exception {
        CarelistingContract contract = CarelistingContract.GET_LISTING;
        boolean citizen = actorType.equals("CITIZEN") || actorType.equals("GUARDIAN");
        String actorRoot = citizen ? "1.2.752.129.2.1.3.1" : "1.2.752.129.2.1.4.1";
        String actorId = citizen ? person : "SE2321000016-ORG1";
        String envelope = """
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" \
                xmlns:itr="urn:riv:itintegration:registry:1" xmlns:core="urn:riv:supportprocess:logistics:carelisting:2" \
                xmlns:r="%s"><soapenv:Header><itr:LogicalAddress>01</itr:LogicalAddress></soapenv:Header><soapenv:Body>\
                <r:GetListing><r:actor><core:actorId><core:root>%s</core:root><core:extension>%s</core:extension>\
                </core:actorId><core:actorType>%s</core:actorType></r:actor><r:personId><core:root>1.2.752.129.2.1.3.1\
                </core:root><core:extension>%s</core:extension></r:personId></r:GetListing></soapenv:Body></soapenv:Envelope>
                """.formatted(contract.responderNamespace(), actorRoot, actorId, actorType, person);
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("https://localhost:" + port + "/services" + contract.address()))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"" + contract.soapAction() + "\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope));
        if (originalConsumer != null) {
            request.header(OriginalConsumerHeader.NAME, originalConsumer);
        }
        HttpClient http = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A synthetic personnummer of its own (valid check digit) for each call. */
    private static String newPerson() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        java.time.LocalDate born = java.time.LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20000));
        String nine = born.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"))
                + String.format("%03d", random.nextInt(1000));
        return born.getYear() / 100 + nine + PersonId.checkDigit(nine);
    }

    private static List<String> consumersAudited(String person) {
        return jdbc.sql("select consumer_id from audit_event where channel = 'GetListing' and action = 'READ'"
                + " and person_id = :person order by id").param("person", person).query(String.class).list();
    }

    private static List<String> refusals(String person) {
        return jdbc.sql("select consumer_id || ' ' || outcome from audit_event where action = 'REFUSED'"
                + " and person_id = :person order by id").param("person", person).query(String.class).list();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
