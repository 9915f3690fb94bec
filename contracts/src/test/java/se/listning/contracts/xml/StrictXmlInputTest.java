package se.listning.contracts.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import jakarta.xml.ws.WebServiceException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.apache.cxf.Bus;
import org.apache.cxf.bus.CXFBusFactory;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.listning.contracts.getlistingtypes.GetListingTypesResponseType;
import se.listning.contracts.getlistingtypes.GetListingTypesType;
import se.listning.contracts.getlistingtypes.rivtabp21.GetListingTypesResponderInterface;

/** A CXF client over real HTTP reading a GetListingTypes answer whose code holds an entity reference. */
class StrictXmlInputTest {

    private static HttpServer server;
    private static volatile String code;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] answer = answer(code).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=UTF-8");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void anAnswerWithAnUndeclaredEntityFailsTheCallNamingIt() {
        code = "P&x;V";
        Bus bus = StrictXmlInput.newBus();
        try {
            assertThatThrownBy(() -> call(bus)).isInstanceOf(WebServiceException.class)
                    .hasStackTraceContaining("Undeclared general entity \"x\"");
        } finally {
            bus.shutdown(false);
        }
    }

    @Test
    void predefinedEntitiesAndCharacterReferencesReadAsBefore() {
        code = "P&amp;&#86;&lt;";
        Bus bus = StrictXmlInput.newBus();
        try {
            assertThat(call(bus).getListingTypes().get(0).getCode()).isEqualTo("P&V<");
        } finally {
            bus.shutdown(false);
        }
    }

    /** Why the class exists: should CXF's default ever refuse it too, this fails and StrictXmlInput can go. */
    @Test
    void cxfsOwnSettingDropsTheEntityFromTheValue() {
        code = "P&x;V";
        Bus bus = new CXFBusFactory().createBus();
        try {
            assertThat(call(bus).getListingTypes().get(0).getCode()).isEqualTo("PV");
        } finally {
            bus.shutdown(false);
        }
    }

    private static GetListingTypesResponseType call(Bus bus) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setBus(bus);
        factory.setServiceClass(GetListingTypesResponderInterface.class);
        factory.setAddress("http://127.0.0.1:" + server.getAddress().getPort() + "/GetListingTypes");
        GetListingTypesResponderInterface port = (GetListingTypesResponderInterface) factory.create();
        return port.getListingTypes("01", new GetListingTypesType());
    }

    private static String answer(String code) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<r:GetListingTypesResponse xmlns:r=\"urn:riv:supportprocess:logistics:carelisting:GetListingTypesResponder:2\""
                + " xmlns:core=\"urn:riv:supportprocess:logistics:carelisting:2\"><r:listingTypes><core:code>" + code
                + "</core:code><core:codeSystem>1.2.752.129.5.1.27</core:codeSystem></r:listingTypes>"
                + "<r:resultCode>OK</r:resultCode></r:GetListingTypesResponse></soap:Body></soap:Envelope>";
    }
}
