package se.listning.platform.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestPrefixReaderTest {

    static final String GET_LISTING_NS = "urn:riv:supportprocess:logistics:carelisting:GetListingResponder:2";

    static String envelope(String header, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:itr=\"urn:riv:itintegration:registry:1\" xmlns:gl=\"" + GET_LISTING_NS + "\">"
                + "<soapenv:Header>" + header + "</soapenv:Header>"
                + "<soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
    }

    private final RequestPrefixReader reader = new RequestPrefixReader(64 * 1024);

    @Test
    void findsLogicalAddressAndContractNamespaceAndReplaysTheWholeRequest() throws Exception {
        String padding = "x".repeat(200_000);
        String request = envelope("<other xmlns=\"urn:x\">å</other><itr:LogicalAddress> 14 </itr:LogicalAddress>",
                "<gl:GetListing><gl:personId>" + padding + "</gl:personId></gl:GetListing>");
        byte[] bytes = request.getBytes(StandardCharsets.UTF_8);
        InputStream stream = new ByteArrayInputStream(bytes);

        RequestRoutingInfo info = reader.read(stream);

        assertThat(info.logicalAddress()).isEqualTo("14");
        assertThat(info.serviceNamespace()).isEqualTo(GET_LISTING_NS);
        assertThat(info.consumedPrefix().length).isLessThanOrEqualTo(64 * 1024);
        ByteArrayOutputStream replay = new ByteArrayOutputStream();
        replay.write(info.consumedPrefix());
        stream.transferTo(replay);
        assertThat(replay.toByteArray()).isEqualTo(bytes);
    }

    @Test
    void missingLogicalAddressIsReportedAsAbsent() throws Exception {
        RequestRoutingInfo info = reader.read(stream(envelope("", "<gl:GetListing/>")));
        assertThat(info.logicalAddress()).isNull();
        assertThat(info.serviceNamespace()).isEqualTo(GET_LISTING_NS);
    }

    @Test
    void logicalAddressOutsideTheRegistryNamespaceDoesNotCount() throws Exception {
        RequestRoutingInfo info = reader.read(stream(envelope(
                "<LogicalAddress xmlns=\"urn:other\">01</LogicalAddress>", "<gl:GetListing/>")));
        assertThat(info.logicalAddress()).isNull();
    }

    @Test
    void rejectsEmptyBodyNonSoapAndBrokenXml() {
        assertThatThrownBy(() -> reader.read(stream(envelope("", ""))))
                .isInstanceOfSatisfying(VpException.class, e -> {
                    assertThat(e.error()).isEqualTo(VpError.VP009);
                    assertThat(e.details()).contains("no service contract element");
                });
        assertThatThrownBy(() -> reader.read(stream("<GetListing xmlns=\"" + GET_LISTING_NS + "\"/>")))
                .isInstanceOfSatisfying(VpException.class,
                        e -> assertThat(e.details()).contains("not a SOAP 1.1 Envelope"));
        assertThatThrownBy(() -> reader.read(stream("this is not xml")))
                .isInstanceOfSatisfying(VpException.class,
                        e -> assertThat(e.details()).startsWith("Failed parsing payload"));
        assertThatThrownBy(() -> reader.read(stream("")))
                .isInstanceOf(VpException.class);
    }

    @Test
    void refusesExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + envelope("<itr:LogicalAddress>&x;</itr:LogicalAddress>", "<gl:GetListing/>")
                .substring("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".length());
        assertThatThrownBy(() -> reader.read(stream(xxe))).isInstanceOf(VpException.class);
    }

    @Test
    void refusesAnUndeclaredEntityInsteadOfRoutingWithoutIt() {
        // without a DTD &x; is undeclared: not well-formed, and never read as LogicalAddress "01"
        String request = envelope("<itr:LogicalAddress>0&x;1</itr:LogicalAddress>", "<gl:GetListing/>");
        assertThatThrownBy(() -> reader.read(stream(request)))
                .isInstanceOfSatisfying(VpException.class, e -> {
                    assertThat(e.error()).isEqualTo(VpError.VP009);
                    assertThat(e.details()).startsWith("Failed parsing payload");
                });
    }

    @Test
    void giveUpWhenTheContractElementIsBeyondTheLimit() {
        String hugeHeader = "<big xmlns=\"urn:x\">" + "y".repeat(100_000) + "</big>";
        String request = envelope(hugeHeader + "<itr:LogicalAddress>01</itr:LogicalAddress>", "<gl:GetListing/>");
        assertThatThrownBy(() -> reader.read(stream(request)))
                .isInstanceOfSatisfying(VpException.class, e -> {
                    assertThat(e.error()).isEqualTo(VpError.VP009);
                    assertThat(e.details()).contains("more than 65536 bytes");
                });
    }

    private static InputStream stream(String text) throws IOException {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
