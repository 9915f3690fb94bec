package se.listning.region.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static se.listning.region.soap.CarelistingContract.CREATE_LISTING;
import static se.listning.region.soap.CarelistingContract.GET_LISTING;
import static se.listning.region.soap.CarelistingContract.UPDATE_LISTING;
import static se.listning.region.soap.Requests.citizen;
import static se.listning.region.soap.Requests.county;
import static se.listning.region.soap.Requests.element;
import static se.listning.region.soap.Requests.person;
import static se.listning.region.soap.Requests.pv;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** What all seven endpoints share: WSDL, addressing, encoding, faults and hostile input. */
@ExtendWith(OutputCaptureExtension.class)
class SoapEndpointsIT extends SoapIntegrationTest {

    /** A schema-valid request for each contract, about a resident at an open facility. */
    private String validBody(CarelistingContract contract) {
        String pnr = data.adultResident();
        String facility = data.openFacility();
        return switch (contract) {
            case GET_LISTING_TYPES, GET_AVAILABLE_HEALTHCARE_FACILITIES -> "";
            case GET_AVAILABLE_HEALTHCARE_PERSONNEL -> person(pnr) + element("healthcareFacilityHSAId", facility);
            case GET_LISTING_COUNTY, GET_LISTING -> citizen(pnr) + person(pnr);
            case CREATE_LISTING -> citizen(pnr) + person(pnr) + element("healthcareFacilityHSAId", facility)
                    + pv("listingType");
            case UPDATE_LISTING -> person(pnr) + county("newListingCounty", "13") + county("homeCounty", "01");
        };
    }

    @ParameterizedTest
    @EnumSource(CarelistingContract.class)
    void wsdl_isOursAndEveryImportResolves(CarelistingContract contract) {
        SoapResponse wsdl = get(contract, "?wsdl");
        assertThat(wsdl.status()).isEqualTo(200);
        assertThat(wsdl.text("/wsdl:definitions/@name")).isEqualTo(contract.contractName() + "Interaction");
        assertThat(wsdl.text("/wsdl:definitions/@targetNamespace")).isEqualTo(contract.wsdlNamespace());
        assertThat(wsdl.text("//wsdl:binding/wsdl:operation/*[local-name()='operation']/@soapAction"))
                .isEqualTo(contract.soapAction());
        assertThat(wsdl.text("//wsdl:service/wsdl:port/*[local-name()='address']/@location"))
                .isEqualTo(endpoint(contract).toString());

        // follow every ?xsd= link transitively: responder schema, core schemas, registry schema
        Deque<String> pending = new ArrayDeque<>(wsdl.texts("//xs:import/@schemaLocation"));
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            String location = pending.pop();
            if (!seen.add(location)) {
                continue;
            }
            assertThat(location).startsWith(endpoint(contract) + "?xsd=");
            SoapResponse xsd = get(contract, location.substring(location.indexOf('?')));
            assertThat(xsd.status()).as(location).isEqualTo(200);
            assertThat(xsd.count("/xs:schema")).as(location).isEqualTo(1);
            pending.addAll(xsd.texts("//xs:import/@schemaLocation"));
        }
        assertThat(seen).anyMatch(l -> l.contains(contract.contractName() + "Responder_"))
                .anyMatch(l -> l.contains("itintegration_registry_1.0.xsd"))
                .anyMatch(l -> l.contains("supportprocess_logistics_carelisting_2."));
    }

    @ParameterizedTest
    @EnumSource(CarelistingContract.class)
    void logicalAddressMissing_isClientFault_andNothingChanges(CarelistingContract contract) {
        String first = validBody(contract);
        String second = validBody(contract);
        String before = data.globalState();
        call(contract, null, first).assertFault("Client");
        SoapResponse blank = call(contract, "  ", second).assertFault("Client");
        assertThat(blank.faultString()).contains("LogicalAddress saknas");
        assertThat(data.globalState()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(CarelistingContract.class)
    void logicalAddressOfAnotherRegion_isClientFaultNamingBoth(CarelistingContract contract) {
        String body = validBody(contract);
        String before = data.globalState();
        SoapResponse response = call(contract, "13", body).assertFault("Client");
        assertThat(response.faultString()).contains("'13'", "'01'");
        assertThat(data.globalState()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(CarelistingContract.class)
    void encoding_4_1_headerAndPrologAgreeOnUtf8(CarelistingContract contract) {
        SoapResponse response = call(contract, validBody(contract)).assertValidAnswer();
        assertThat(response.contentType()).matches("(?i)text/xml;\\s*charset=\"?UTF-8\"?");
        String start = new String(response.bytes(), 0, Math.min(100, response.bytes().length), StandardCharsets.UTF_8);
        Matcher declaration = Pattern.compile("^<\\?xml[^>]*encoding=[\"']([^\"']+)[\"']").matcher(start);
        if (declaration.find()) {
            assertThat(declaration.group(1)).isEqualToIgnoringCase("UTF-8");
        }
    }

    @ParameterizedTest
    @EnumSource(CarelistingContract.class)
    void soapFault_3_1_technicalFailureIsServerFaultWithoutDetails(CarelistingContract contract) {
        String body = validBody(contract);
        String table = switch (contract) {
            case GET_LISTING_TYPES -> "listing_type";
            case GET_AVAILABLE_HEALTHCARE_FACILITIES, GET_AVAILABLE_HEALTHCARE_PERSONNEL -> "facility";
            default -> "listing";
        };
        SoapResponse response = withTableMissing(table, () -> call(contract, body)).assertFault("Server");
        assertThat(response.faultString()).startsWith("Tekniskt fel i listningstjänsten").doesNotContain(table, "SQL");
    }

    @Test
    void technicalLog_neverShowsTheFullPersonnummer(CapturedOutput output) {
        String pnr = data.adultResident();
        String facility = data.openFacility();
        String request = citizen(pnr) + person(pnr) + element("healthcareFacilityHSAId", facility) + pv("listingType");
        withTableMissing("listing", () -> call(CREATE_LISTING, request)).assertFault("Server");
        call(CREATE_LISTING, request + element("addToQueue", pnr)).assertFault("Client");
        assertThat(output.getAll()).contains(pnr.substring(0, 8) + "-****").doesNotContain(pnr);
    }

    @Test
    void malformedXml_isClientFault_andNothingChanges() {
        String before = data.globalState();
        post(CREATE_LISTING, "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                + "<unclosed></soapenv:Body>").assertFault("Client");
        post(CREATE_LISTING, "this is not XML").assertFault("Client");
        assertThat(data.globalState()).isEqualTo(before);
    }

    @Test
    void wrongNamespace_isClientFault() {
        String pnr = data.adultResident();
        String envelope = Requests.envelope(GET_LISTING, OWN_COUNTY, citizen(pnr) + person(pnr))
                .replace(GET_LISTING.responderNamespace(), "urn:riv:supportprocess:logistics:carelisting:GetListingResponder:1");
        post(GET_LISTING, envelope).assertFault("Client");
    }

    @Test
    void soapActionOfAnotherContract_isFault_andNothingChanges() {
        String pnr = data.adultResident();
        String facility = data.openFacility();
        String before = data.stateOf(pnr);
        SoapResponse response = post(CREATE_LISTING, UPDATE_LISTING.soapAction(), HttpRequest.BodyPublishers.ofString(
                Requests.envelope(CREATE_LISTING, OWN_COUNTY, citizen(pnr) + person(pnr)
                        + element("healthcareFacilityHSAId", facility) + pv("listingType"))));
        assertThat(response.isFault()).as(response.body()).isTrue();
        assertThat(data.stateOf(pnr)).isEqualTo(before);
    }

    @Test
    void bodyOfAnotherContract_isClientFault() {
        String pnr = data.adultResident();
        String otherContract = Requests.envelope(GET_LISTING, OWN_COUNTY, citizen(pnr) + person(pnr));
        post(CREATE_LISTING, otherContract).assertFault("Client");
    }

    @Test
    void missingMandatoryElement_isClientFaultFromSchemaValidation_andNothingChanges() {
        String pnr = data.adultResident();
        String before = data.stateOf(pnr);
        SoapResponse response = call(CREATE_LISTING, citizen(pnr) + person(pnr) + pv("listingType")).assertFault("Client");
        assertThat(response.faultString()).contains("schema", "healthcareFacilityHSAId");
        assertThat(data.stateOf(pnr)).isEqualTo(before);
    }

    @Test
    void wrongDatatype_isClientFault() {
        String pnr = data.adultResident();
        String facility = data.openFacility();
        call(CREATE_LISTING, citizen(pnr) + person(pnr) + element("healthcareFacilityHSAId", facility)
                + pv("listingType") + element("addToQueue", "TRUE")).assertFault("Client");
        assertThat(data.activeListings(pnr)).isZero();
    }

    @Test
    void xxe_externalEntityIsRefused_andNothingLeaks() {
        String pnr = data.adultResident();
        String before = data.stateOf(pnr);
        String envelope = "<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + Requests.envelope(GET_LISTING, OWN_COUNTY, citizen(pnr) + person(pnr)).replaceFirst("<\\?xml[^>]*\\?>", "")
                .replace("<core:actorType>CITIZEN", "<core:actorType>&xxe;CITIZEN");
        SoapResponse response = post(GET_LISTING, envelope).assertFault("Client");
        assertThat(response.body()).doesNotContain("root:");
        assertThat(data.stateOf(pnr)).isEqualTo(before);
    }

    @Test
    void entityExpansion_billionLaughsIsRefused_andNothingChanges() {
        String pnr = data.adultResident();
        String facility = data.openFacility();
        String before = data.stateOf(pnr);
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String envelope = "<?xml version=\"1.0\"?>" + dtd + Requests.envelope(CREATE_LISTING, OWN_COUNTY,
                citizen(pnr) + person(pnr) + element("healthcareFacilityHSAId", facility + "&lol9;") + pv("listingType"))
                .replaceFirst("<\\?xml[^>]*\\?>", "");
        post(CREATE_LISTING, envelope).assertFault("Client");
        assertThat(data.stateOf(pnr)).isEqualTo(before);
    }

    @Test
    void oversizedRequest_withContentLength_isRefusedBeforeReading() {
        String before = data.globalState();
        String padding = "<!-- " + "x".repeat(1_100_000) + " -->";
        String envelope = Requests.envelope(CarelistingContract.GET_LISTING_TYPES, OWN_COUNTY, "") + padding;
        SoapResponse response = post(CarelistingContract.GET_LISTING_TYPES, envelope);
        assertThat(response.status()).isEqualTo(413);
        response.assertFault("Client");
        assertThat(response.faultString()).contains("för stor");
        assertThat(data.globalState()).isEqualTo(before);
    }

    @Test
    void oversizedRequest_streamedWithoutContentLength_isCutOff() {
        String pnr = data.adultResident();
        String before = data.stateOf(pnr);
        String envelope = Requests.envelope(GET_LISTING, OWN_COUNTY, citizen(pnr) + person(pnr)
                + "<!-- " + "x".repeat(1_100_000) + " -->");
        byte[] bytes = envelope.getBytes(StandardCharsets.UTF_8);
        // an InputStream publisher has no known length: the client sends it chunked
        SoapResponse response = post(GET_LISTING, GET_LISTING.soapAction(),
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)));
        response.assertFault("Client");
        assertThat(response.faultString()).containsAnyOf("för stor", "limit");
        assertThat(data.stateOf(pnr)).isEqualTo(before);
    }

    @Test
    void deeplyNestedXml_isRefusedByStaxLimits() {
        String pnr = data.adultResident();
        String deep = "<x:a xmlns:x=\"urn:deep\">".repeat(200) + "</x:a>".repeat(200);
        call(GET_LISTING, citizen(pnr) + person(pnr) + deep).assertFault("Client");
    }

    @Test
    void audit_recordsConsumerActorAndPerson() {
        String pnr = data.adultResident();
        call(GET_LISTING, citizen(pnr) + person(pnr)).assertResult("OK");
        assertThat(jdbc.sql("select count(*) from audit_event where person_id = :p and consumer_id = :c")
                .param("p", pnr).param("c", CONSUMER).query(Long.class).single()).isPositive();
    }

}
