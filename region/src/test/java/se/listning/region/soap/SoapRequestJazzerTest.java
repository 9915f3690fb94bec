package se.listning.region.soap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.jws.WebService;
import jakarta.servlet.ServletException;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.apache.cxf.bus.spring.SpringBus;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletConfig;
import org.w3c.dom.Element;
import se.listning.contracts.carelisting.v2.ResultCodeEnum;
import se.listning.contracts.createlisting.CreateListingResponseType;
import se.listning.contracts.createlisting.CreateListingType;
import se.listning.contracts.createlisting.rivtabp21.CreateListingResponderInterface;
import se.listning.contracts.updatelisting.UpdateListingResponseType;
import se.listning.contracts.updatelisting.UpdateListingType;
import se.listning.contracts.updatelisting.rivtabp21.UpdateListingResponderInterface;
import se.listning.region.hostile.SoapAnswer;

/**
 * Coverage-guided fuzzing (Jazzer) of the SOAP request path of CreateListing and UpdateListing without a network:
 * the bytes go through the region's own request-size filter and a CXF servlet into endpoints published exactly as
 * {@link CxfConfig} publishes them (our WSDL, schema validation, StAX size/depth limits, no DTDs, the fault policy),
 * in front of stub responders (the database-backed service is not under test here). Every input is posted to both
 * endpoints. Each answer must be a SOAP envelope: a soap:Client fault from a parse or validation error, or the stub's
 * answer for a request that the contract's schema accepts (a local validator is the oracle); never a server fault,
 * never a stack trace, and the fault must not hide an unexpected exception (anything but CXF's own faults, XML
 * stream and JAXB/schema errors). External entities point at a canary file whose text must never reach a responder
 * or an answer; Jazzer's own sanitizers report any network connection (SSRF) and unsafe deserialization.
 * Regression mode runs the seed envelopes in {@code SoapRequestJazzerTestInputs/requests}.
 */
class SoapRequestJazzerTest {

    /** Seed inputs name this file in their external entities. */
    static final Path CANARY = Path.of("/tmp/listning-jazzer-canary.txt");
    static final String CANARY_TEXT = "CANARY-XXE-7f3a";
    private static final SoapProperties LIMITS = defaultLimits();
    private static final List<CarelistingContract> CONTRACTS =
            List.of(CarelistingContract.CREATE_LISTING, CarelistingContract.UPDATE_LISTING);
    /** The requests the stub responders received in this call, as XML text. */
    private static final StringBuilder RECEIVED = new StringBuilder();
    private static final Target TARGET = new Target();

    @FuzzTest(maxDuration = "30s")
    void requests(byte[] bytes) throws Exception {
        for (CarelistingContract contract : CONTRACTS) {
            RECEIVED.setLength(0);
            TARGET.failure = null;
            SoapAnswer answer = TARGET.post(contract, bytes);

            String shown = new String(bytes, StandardCharsets.UTF_8);
            assertThat(answer.isSoapEnvelope()).as("SOAP answer from %s: %s", contract, answer).isTrue();
            assertThat(answer.faultCode()).as("no server fault from %s: %s", contract, answer).isNotEqualTo("Server");
            assertThat(answer.explanation() != null || "OK".equals(answer.resultCode())).as("%s", answer).isTrue();
            assertThat(safe(answer.explanation())).as("personnummer masked in %s", answer).isTrue();
            assertThat(answer.body()).as("XXE: canary in the answer").doesNotContain(CANARY_TEXT);
            assertThat(RECEIVED.toString()).as("XXE: canary reached the responder").doesNotContain(CANARY_TEXT);
            if (answer.isFault()) {
                // the fault policy's own Swedish text (request values quoted after it) and no detail (no stack trace)
                assertThat(answer.faultString()).as("%s", answer).startsWith("Förfrågan ");
                assertThat(answer.document().getElementsByTagName("detail").getLength()).as("%s", answer).isZero();
                assertThat(unexpected(TARGET.failure)).as("fault from %s hides an unexpected exception: %s", contract,
                        TARGET.failure).isNull();
            } else if ("OK".equals(answer.resultCode())) {
                assertThat(TARGET.schemaValid(contract, bytes))
                        .as("%s accepted a request its schema refuses: %s", contract, shown).isTrue();
            }
        }
    }

    /**
     * Whether {@code text} is already as {@link AnswerText#safe} makes answers (no valid personnummer unmasked, only
     * XML characters): a fixed point of it, within the kept length.
     */
    static boolean safe(String text) {
        String head = text == null ? "" : text.substring(0, Math.min(text.length(), AnswerText.MAX_CHARS));
        return AnswerText.safe(head).equals(head);
    }

    /** The {@code @DefaultValue}s of {@link SoapProperties}: the limits a region runs with when not configured. */
    static SoapProperties defaultLimits() {
        java.lang.reflect.Constructor<?> canonical = SoapProperties.class.getDeclaredConstructors()[0];
        Object[] values = new Object[canonical.getParameterCount()];
        for (int i = 0; i < values.length; i++) {
            String value = canonical.getParameters()[i].getAnnotation(DefaultValue.class).value()[0];
            values[i] = canonical.getParameterTypes()[i] == long.class ? (Object) Long.parseLong(value)
                    : (Object) Integer.parseInt(value);
        }
        try {
            return (SoapProperties) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The fault's root cause when it is no parse, validation, I/O or CXF fault (a wrapper on the way may be any
     * exception: CXF wraps stream errors in RuntimeException); null when the refusal is expected.
     */
    static Throwable unexpected(Throwable failure) {
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            root = t;
        }
        boolean expected = root == null || root instanceof Fault || root instanceof javax.xml.stream.XMLStreamException
                || root instanceof jakarta.xml.bind.JAXBException || root instanceof org.xml.sax.SAXException
                || root instanceof IOException || root.getClass().getName().startsWith("com.ctc.wstx.exc.")
                || root.getClass().getName().equals("org.apache.cxf.staxutils.DepthExceededStaxException");
        return expected ? null : root;
    }

    /** The bus, servlet and filter of the request path, built once per JVM; and the local schema oracle. */
    static final class Target {
        private final CXFNonSpringServlet servlet = new CXFNonSpringServlet();
        private final RequestSizeLimitFilter sizeLimit = new RequestSizeLimitFilter(LIMITS.maxRequestBytes());
        private final Schema createSchema = schema("CreateListing");
        private final Schema updateSchema = schema("UpdateListing");
        Throwable failure;

        Target() {
            try {
                Files.writeString(CANARY, CANARY_TEXT);
                // one INFO line per refused request would slow fuzzing down to the console's pace
                ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.apache.cxf")).setLevel(Level.WARN);
                ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(FaultPolicy.class)).setLevel(Level.WARN);
                SpringBus bus = new SpringBus();
                CxfConfig.guardRequestParsing(bus, LIMITS);
                bus.getOutFaultInterceptors().add(new AbstractPhaseInterceptor<Message>(Phase.SETUP) {
                    @Override
                    public void handleMessage(Message message) {
                        failure = message.getContent(Exception.class);
                    }
                });
                for (CarelistingContract contract : CONTRACTS) {
                    CxfConfig.publish(bus, contract, contract == CarelistingContract.CREATE_LISTING ? new CreateStub()
                            : new UpdateStub(), contract.address());
                }
                servlet.setBus(bus);
                MockServletConfig config = new MockServletConfig("cxf");
                config.addInitParameter("hide-service-list-page", "true");
                servlet.init(config);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ServletException e) {
                throw new IllegalStateException(e);
            }
        }

        SoapAnswer post(CarelistingContract contract, byte[] body) throws IOException, ServletException {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", CxfConfig.SERVICES_PATH + contract.address());
            request.setServletPath(CxfConfig.SERVICES_PATH);
            request.setPathInfo(contract.address());
            request.setContentType("text/xml; charset=UTF-8");
            request.addHeader("SOAPAction", '"' + contract.soapAction() + '"');
            request.setContent(body);
            MockHttpServletResponse response = new MockHttpServletResponse();
            new MockFilterChain(servlet, sizeLimit).doFilter(request, response);
            return SoapAnswer.parse(response.getStatus(), response.getContentType(), response.getContentAsByteArray());
        }

        /**
         * Whether the payload is valid against the contract's schema, the body read as the endpoint reads it: in the
         * HTTP charset (UTF-8), which overrides the XML declaration (Woodstox ignores even a malformed encoding name
         * there, so the oracle drops the declaration).
         */
        boolean schemaValid(CarelistingContract contract, byte[] request) {
            String text = new String(request, StandardCharsets.UTF_8);
            if (text.startsWith("<?xml") && text.indexOf("?>") > 0) {
                text = text.substring(text.indexOf("?>") + 2);
            }
            try {
                Element payload = (Element) SoapAnswer.xml(text.getBytes(StandardCharsets.UTF_8))
                        .getElementsByTagNameNS(contract.responderNamespace(), contract.contractName()).item(0);
                (contract == CarelistingContract.CREATE_LISTING ? createSchema : updateSchema).newValidator()
                        .validate(new DOMSource(payload));
                return true;
            } catch (Exception invalid) {
                return false;
            }
        }

        private static Schema schema(String contract) {
            try {
                return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(
                        Target.class.getClassLoader().getResource("schemas/interactions/" + contract + "Interaction/"
                                + contract + "Responder_2.0.xsd"));
            } catch (org.xml.sax.SAXException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Answers OK and keeps the request as XML text (for the canary check). */
    @WebService(endpointInterface = "se.listning.contracts.createlisting.rivtabp21.CreateListingResponderInterface")
    public static class CreateStub implements CreateListingResponderInterface {
        @Override
        public CreateListingResponseType createListing(String logicalAddress, CreateListingType request) {
            RECEIVED.append(logicalAddress).append(xml(CreateListingType.class, request));
            CreateListingResponseType response = new CreateListingResponseType();
            response.setResultCode(ResultCodeEnum.OK);
            return response;
        }
    }

    /** Answers ERROR for collected schema errors (as {@link UpdateListingResponder} does), else OK. */
    @WebService(endpointInterface = "se.listning.contracts.updatelisting.rivtabp21.UpdateListingResponderInterface")
    public static class UpdateStub implements UpdateListingResponderInterface {
        @Override
        public UpdateListingResponseType updateListing(String logicalAddress, UpdateListingType request) {
            RECEIVED.append(logicalAddress).append(xml(UpdateListingType.class, request));
            UpdateListingResponseType response = new UpdateListingResponseType();
            List<String> errors = SchemaErrorsAsResult.ofCurrentRequest();
            if (!errors.isEmpty() || request == null) {
                response.setResultCode(ResultCodeEnum.ERROR);
                response.setResultText(AnswerText.safe("Valideringsfel: " + String.join(" ", errors)));
            } else {
                response.setResultCode(ResultCodeEnum.OK);
            }
            return response;
        }
    }

    private static final java.util.Map<Class<?>, JAXBContext> JAXB = new java.util.concurrent.ConcurrentHashMap<>();

    private static JAXBContext context(Class<?> type) {
        try {
            return JAXBContext.newInstance(type);
        } catch (jakarta.xml.bind.JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> String xml(Class<T> type, T value) {
        if (value == null) {
            return "";
        }
        try {
            StringWriter text = new StringWriter();
            JAXB.computeIfAbsent(type, SoapRequestJazzerTest::context).createMarshaller()
                    .marshal(new JAXBElement<>(new QName("urn:fuzz", "request"), type, value), text);
            return text.toString();
        } catch (jakarta.xml.bind.JAXBException e) {
            throw new IllegalStateException(e);
        }
    }
}
