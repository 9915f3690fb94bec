package se.listning.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The platform as a real server between a real HTTP client and real loopback producers. */
class PlatformIT {

    static final String CONTRACT_PATH = "/services/supportprocess/logistics/carelisting/%s/2/rivtabp21";
    static final String NS = "urn:riv:supportprocess:logistics:carelisting:%sResponder:2";

    @TempDir
    static Path tempDir;

    static RecordingProducer region01;
    static RecordingProducer region14;
    static RecordingProducer getListingOnly12;
    static RecordingProducer slow20;
    static int deadPort;
    static Path routingFile;
    static String originalRouting;
    static ConfigurableApplicationContext platform;
    static String platformUrl;
    static final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() throws Exception {
        region01 = RecordingProducer.answering("<answer>region 01</answer>");
        region14 = RecordingProducer.answering("<answer>region 14</answer>");
        getListingOnly12 = RecordingProducer.failingWith(500,
                "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                        + "<soapenv:Fault><faultcode>soapenv:Server</faultcode><faultstring>Region 12 nere"
                        + "</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>");
        slow20 = RecordingProducer.slow(3_000);
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        originalRouting = String.join("\n",
                "# test routing",
                "route * 01 " + region01.baseUrl(),
                "route * 14 " + region14.baseUrl() + "/",
                "route GetListing 12 " + getListingOnly12.baseUrl(),
                "route * 20 " + slow20.baseUrl(),
                "route * 21 http://127.0.0.1:" + deadPort,
                "allow SE-CITIZEN * *",
                "allow SE-REGION-14 UpdateListing 01",
                "allow SE-TRUSTED-PROXY * *",
                "");
        routingFile = tempDir.resolve("routing.txt");
        Files.writeString(routingFile, originalRouting);
        platform = SpringApplication.run(PlatformApplication.class,
                "--server.port=0",
                "--listning.platform.routing-file=" + routingFile,
                "--listning.platform.reload-check-interval=0s",
                "--listning.platform.connect-timeout=500ms",
                "--listning.platform.response-timeout=1s",
                "--listning.platform.original-consumer-header-senders=SE-TRUSTED-PROXY");
        platformUrl = "http://127.0.0.1:" + platform.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
        for (RecordingProducer producer : List.of(region01, region14, getListingOnly12, slow20)) {
            producer.close();
        }
    }

    static String envelope(String logicalAddress, String contract, String content) {
        String header = logicalAddress == null ? ""
                : "<itr:LogicalAddress>" + logicalAddress + "</itr:LogicalAddress>";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:itr=\"urn:riv:itintegration:registry:1\" xmlns:c=\"" + NS.formatted(contract) + "\">"
                + "<soapenv:Header>" + header + "</soapenv:Header>"
                + "<soapenv:Body><c:" + contract + ">" + content + "</c:" + contract + "></soapenv:Body>"
                + "</soapenv:Envelope>";
    }

    static HttpResponse<String> call(String contract, String body, String... headers) throws Exception {
        return call(contract, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    static HttpResponse<String> call(String contract, byte[] body, String... headers) throws Exception {
        List<String> all = new ArrayList<>(List.of(
                "Content-Type", "text/xml; charset=UTF-8",
                "SOAPAction", "\"" + NS.formatted(contract) + ":" + contract + "\""));
        all.addAll(List.of(headers));
        HttpRequest request = HttpRequest.newBuilder(URI.create(platformUrl + CONTRACT_PATH.formatted(contract)))
                .headers(all.toArray(String[]::new))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> callAsCitizen(String contract, String logicalAddress) throws Exception {
        return call(contract, envelope(logicalAddress, contract, "<c:personId>191212121212</c:personId>"),
                "x-rivta-original-serviceconsumer-hsaid", "SE-CITIZEN");
    }

    static String faultString(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/xml");
        Matcher m = Pattern.compile("<faultstring>(.*?)</faultstring>", Pattern.DOTALL).matcher(response.body());
        assertThat(m.find()).as("SOAP fault in %s", response.body()).isTrue();
        return m.group(1);
    }

    static String faultDetail(HttpResponse<String> response) {
        Matcher m = Pattern.compile("<detail>(.*?)</detail>", Pattern.DOTALL).matcher(response.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void routesByLogicalAddressToTheRightRegion() throws Exception {
        int calls01 = region01.calls();
        int calls14 = region14.calls();

        HttpResponse<String> to01 = callAsCitizen("GetListing", "01");
        HttpResponse<String> to14 = callAsCitizen("GetListingCounty", "14");

        assertThat(to01.statusCode()).isEqualTo(200);
        assertThat(to01.body()).isEqualTo("<answer>region 01</answer>");
        // Tomcat normalises the spacing, the media type and charset stay the producer's
        assertThat(to01.headers().firstValue("Content-Type")).get().asString()
                .isEqualToIgnoringWhitespace("text/xml;charset=UTF-8");
        assertThat(to01.headers().firstValue("x-producer-header")).hasValue("kept");
        assertThat(to14.body()).isEqualTo("<answer>region 14</answer>");
        assertThat(region01.calls()).isEqualTo(calls01 + 1);
        assertThat(region14.calls()).isEqualTo(calls14 + 1);
        assertThat(region14.last().path()).isEqualTo(CONTRACT_PATH.formatted("GetListingCounty"));
    }

    @Test
    void routesByContractNamespaceAndKeepsTheProducersOwnFault() throws Exception {
        HttpResponse<String> getListing = callAsCitizen("GetListing", "12");
        assertThat(getListing.statusCode()).isEqualTo(500);
        assertThat(getListing.body()).contains("<faultstring>Region 12 nere</faultstring>");
        assertThat(getListingOnly12.last().path()).isEqualTo(CONTRACT_PATH.formatted("GetListing"));

        HttpResponse<String> createListing = callAsCitizen("CreateListing", "12");
        assertThat(faultString(createListing)).startsWith("VP004 [listning-platform] Det finns inget vägval");
        assertThat(faultDetail(createListing)).isEqualTo("No receiverId (logical address) found for serviceNamespace: "
                + NS.formatted("CreateListing") + ", receiverId: 12");
    }

    @Test
    void missingLogicalAddressIsVp003() throws Exception {
        HttpResponse<String> response = callAsCitizen("GetListing", null);
        assertThat(faultString(response)).startsWith("VP003 [listning-platform] Logisk adressat (ReceiverId) saknas");
        assertThat(response.body()).contains("<faultcode>soapenv:Client</faultcode>");
    }

    @Test
    void unknownLogicalAddressIsVp004() throws Exception {
        HttpResponse<String> response = callAsCitizen("GetListing", "03");
        assertThat(faultString(response)).startsWith("VP004");
        assertThat(faultDetail(response)).endsWith("receiverId: 03");
    }

    @Test
    void bodyOfAnotherContractThanTheEndpointIsVp004() throws Exception {
        HttpResponse<String> response = call("GetListing", envelope("01", "CreateListing", ""),
                "x-rivta-original-serviceconsumer-hsaid", "SE-CITIZEN");
        assertThat(faultString(response)).startsWith("VP004");
        assertThat(faultDetail(response)).contains("The endpoint called serves only " + NS.formatted("GetListing"));
    }

    @Test
    void consumerWithoutAllowRuleIsVp007() throws Exception {
        int before = region01.calls();
        HttpResponse<String> refused = call("GetListing", envelope("01", "GetListing", ""),
                "x-rivta-original-serviceconsumer-hsaid", "SE-REGION-14");
        assertThat(faultString(refused)).startsWith("VP007 [listning-platform] Tjänstekonsumenten saknar behörighet");
        assertThat(refused.body()).contains("<faultcode>soapenv:Server</faultcode>");
        assertThat(faultDetail(refused)).isEqualTo("Authorization missing for serviceNamespace: "
                + NS.formatted("GetListing") + ", receiverId: 01, senderId: SE-REGION-14");
        assertThat(region01.calls()).isEqualTo(before);

        HttpResponse<String> allowed = call("UpdateListing", envelope("01", "UpdateListing", ""),
                "x-rivta-original-serviceconsumer-hsaid", "se-region-14");
        assertThat(allowed.statusCode()).isEqualTo(200);
    }

    @Test
    void callerWithoutAnyIdentityIsVp002() throws Exception {
        HttpResponse<String> response = call("GetListing", envelope("01", "GetListing", ""));
        assertThat(faultString(response)).startsWith("VP002");
    }

    @Test
    void originalConsumerHeaderFromAnUnapprovedSenderIsVp013() throws Exception {
        HttpResponse<String> refused = call("GetListing", envelope("01", "GetListing", ""),
                "x-vp-sender-id", "SE-CITIZEN", "x-rivta-original-serviceconsumer-hsaid", "SE-SOMEONE-ELSE");
        assertThat(faultString(refused)).startsWith("VP013");

        HttpResponse<String> viaProxy = call("GetListing", envelope("01", "GetListing", ""),
                "x-vp-sender-id", "SE-TRUSTED-PROXY", "x-rivta-original-serviceconsumer-hsaid", "SE-CITIZEN");
        assertThat(viaProxy.statusCode()).isEqualTo(200);
        assertThat(region01.last().headers().getFirst("x-rivta-original-serviceconsumer-hsaid")).isEqualTo("SE-CITIZEN");
        assertThat(region01.last().headers().getFirst("x-vp-sender-id")).isEqualTo("SE-TRUSTED-PROXY");
    }

    @Test
    void producerDownIsVp009() throws Exception {
        HttpResponse<String> response = callAsCitizen("GetListing", "21");
        assertThat(faultString(response)).startsWith("VP009 [listning-platform] Fel vid kontakt med tjänsteproducenten.");
        assertThat(faultDetail(response)).startsWith("Error connecting to service producer at address http://127.0.0.1:"
                + deadPort + CONTRACT_PATH.formatted("GetListing"));
    }

    @Test
    void producerSlowerThanTheResponseTimeoutIsVp009() throws Exception {
        HttpResponse<String> response = callAsCitizen("GetListing", "20");
        assertThat(faultString(response)).startsWith("VP009");
        assertThat(faultDetail(response)).contains("Timeout when waiting on response from producer.");
        assertThat(response.body()).doesNotContain("too-late");
    }

    @Test
    void unparseableBodyIsRefusedWithoutCallingAProducer() throws Exception {
        int before = region01.calls();
        HttpResponse<String> notXml = call("GetListing", "hello", "x-rivta-original-serviceconsumer-hsaid", "SE-CITIZEN");
        HttpResponse<String> emptyBody = call("GetListing", "<soapenv:Envelope xmlns:soapenv="
                        + "\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body/></soapenv:Envelope>",
                "x-rivta-original-serviceconsumer-hsaid", "SE-CITIZEN");
        assertThat(faultString(notXml)).startsWith("VP009");
        assertThat(faultDetail(notXml)).startsWith("Failed parsing payload");
        assertThat(faultDetail(emptyBody)).contains("no service contract element");
        assertThat(region01.calls()).isEqualTo(before);
    }

    @Test
    void routingLoopIsVp014() throws Exception {
        HttpResponse<String> response = call("GetListing", envelope("01", "GetListing", ""),
                "x-rivta-original-serviceconsumer-hsaid", "SE-CITIZEN",
                "x-rivta-routing-history", "other-platform,listning-platform");
        assertThat(faultString(response)).startsWith("VP014");
    }

    @Test
    void forwardsAndAddsPlatformHeadersAndDropsHopByHopOnes() throws Exception {
        HttpResponse<String> generated = call("GetListing", envelope("01", "GetListing", ""),
                "x-rivta-original-serviceconsumer-hsaid", "SE-CITIZEN",
                "x-mock-response", "anything",
                "Keep-Alive", "timeout=5",
                "Proxy-Authorization", "Basic c2VjcmV0");
        assertThat(generated.statusCode()).isEqualTo(200);
        var headers = region01.last().headers();
        assertThat(headers.getFirst("SOAPAction")).isEqualTo("\"" + NS.formatted("GetListing") + ":GetListing\"");
        assertThat(headers.getFirst("Content-Type")).isEqualTo("text/xml; charset=UTF-8");
        assertThat(headers.getFirst("x-rivta-original-serviceconsumer-hsaid")).isEqualTo("SE-CITIZEN");
        assertThat(headers.getFirst("x-vp-sender-id")).isEqualTo("SE-CITIZEN");
        assertThat(headers.getFirst("x-vp-instance-id")).isEqualTo("listning-platform");
        assertThat(headers.getFirst("x-rivta-routing-history")).isEqualTo("listning-platform");
        assertThat(headers.getFirst("x-mock-response")).isEqualTo("anything");
        assertThat(headers.containsKey("Keep-alive")).isFalse();
        assertThat(headers.containsKey("Proxy-authorization")).isFalse();
        String correlationId = headers.getFirst("x-skltp-correlation-id");
        assertThat(correlationId).matches("[0-9a-f-]{36}");
        assertThat(generated.headers().firstValue("x-skltp-correlation-id")).hasValue(correlationId);

        call("GetListing", envelope("01", "GetListing", ""),
                "x-rivta-original-serviceconsumer-hsaid", "SE-CITIZEN",
                "x-skltp-correlation-id", "corr-123",
                "x-rivta-routing-history", "upstream-platform");
        assertThat(region01.last().headers().getFirst("x-skltp-correlation-id")).isEqualTo("corr-123");
        assertThat(region01.last().headers().getFirst("x-rivta-routing-history"))
                .isEqualTo("upstream-platform,listning-platform");
    }

    @Test
    void streamsA5MegabyteBodyUnchanged() throws Exception {
        String filler = "åäö-listning-".repeat(5 * 1024 * 1024 / 16);
        byte[] body = envelope("01", "CreateListing", "<c:note>" + filler + "</c:note>").getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isGreaterThan(5 * 1024 * 1024);

        HttpResponse<String> response = call("CreateListing", body,
                "x-rivta-original-serviceconsumer-hsaid", "SE-CITIZEN");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(region01.last().bodyLength()).isEqualTo(body.length);
        assertThat(region01.last().bodySha256()).isEqualTo(RecordingProducer.sha256Hex(body));
        assertThat(region01.last().headers().getFirst("Content-Length")).isEqualTo(String.valueOf(body.length));
    }

    @Test
    void reloadReplacesTheTableAndKeepsTheOldOneWhenTheNewFileIsBad() throws Exception {
        try {
            Files.writeString(routingFile, originalRouting + "route * 03\nallow SE-CITIZEN GetListing 99 extra\n");
            HttpResponse<String> bad = admin("/admin/reload");
            assertThat(bad.statusCode()).isEqualTo(422);
            assertThat(bad.body()).contains("line 10: expected 'route").contains("line 11: expected 'allow")
                    .contains("Kept the previous routing table");
            assertThat(callAsCitizen("GetListing", "01").statusCode()).as("old table still routes").isEqualTo(200);
            assertThat(faultString(callAsCitizen("GetListing", "03"))).startsWith("VP004");

            Files.writeString(routingFile, originalRouting + "route * 03 " + region14.baseUrl() + "\n");
            HttpResponse<String> good = admin("/admin/reload");
            assertThat(good.statusCode()).isEqualTo(200);
            assertThat(good.body()).startsWith("Loaded 6 routes and 3 allow rules");
            HttpResponse<String> to03 = callAsCitizen("GetListing", "03");
            assertThat(to03.body()).isEqualTo("<answer>region 14</answer>");
        } finally {
            Files.writeString(routingFile, originalRouting);
            assertThat(admin("/admin/reload").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void takListsTheLogicalAddressesTheConsumerMayReachWithAContract() throws Exception {
        HttpResponse<String> region14 = tak("?serviceConsumer=SE-REGION-14&serviceContract=UpdateListing");
        assertThat(region14.statusCode()).isEqualTo(200);
        assertThat(region14.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(region14.body()).isEqualTo("{\"serviceConsumer\":\"SE-REGION-14\",\"serviceContract\":\""
                + NS.formatted("UpdateListing") + "\",\"logicalAddressees\":[\"01\"]}");

        assertThat(tak("?serviceConsumer=se-citizen&serviceContract=" + NS.formatted("GetListing")).body())
                .endsWith("\"logicalAddressees\":[\"01\",\"12\",\"14\",\"20\",\"21\"]}");
        assertThat(tak("?serviceConsumer=SE-CITIZEN&serviceContract=CreateListing").body())
                .as("12 routes GetListing only").endsWith("\"logicalAddressees\":[\"01\",\"14\",\"20\",\"21\"]}");
        assertThat(tak("?serviceConsumer=SE-NOBODY&serviceContract=CreateListing").body())
                .endsWith("\"logicalAddressees\":[]}");
    }

    @Test
    void takRefusesAnUnknownContractAndMissingParameters() throws Exception {
        HttpResponse<String> unknown = tak("?serviceConsumer=SE-CITIZEN&serviceContract=GetListings");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("unknown serviceContract 'GetListings'").contains("GetListingCounty");
        assertThat(tak("?serviceConsumer=SE-CITIZEN").statusCode()).isEqualTo(400);
        assertThat(tak("?serviceConsumer=SE-CITIZEN").body()).contains("serviceContract");
        assertThat(tak("?serviceContract=GetListing").body()).contains("serviceConsumer");
        assertThat(tak("?serviceConsumer=&serviceContract=GetListing").statusCode()).isEqualTo(400);
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(platformUrl + "/actuator/health"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    private static HttpResponse<String> tak(String query) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(platformUrl + "/tak/logical-addressees" + query)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> admin(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(platformUrl + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
