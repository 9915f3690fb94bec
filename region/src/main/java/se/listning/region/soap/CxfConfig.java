package se.listning.region.soap;

import jakarta.xml.ws.Endpoint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.cxf.Bus;
import org.apache.cxf.bus.spring.SpringBus;
import org.apache.cxf.jaxws.EndpointImpl;
import org.apache.cxf.logging.FaultListener;
import org.apache.cxf.message.Message;
import org.apache.cxf.transport.servlet.CXFServlet;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.listning.contracts.xml.StrictXmlInput;
import se.listning.region.audit.AuditLog;
import se.listning.region.soap.security.AuthorisationTable;
import se.listning.region.soap.security.CallerAuthorisation;
import se.listning.region.soap.security.CallerIdentifier;

/**
 * CXF wired by hand (no CXF Boot starter): one SpringBus, the CXFServlet under /services/*, and the seven
 * carelisting responders, each published at
 * /services/supportprocess/logistics/carelisting/&lt;Contract&gt;/2/rivtabp21 with our own WSDL from the
 * contracts jar, so ?wsdl serves exactly that WSDL and its schema imports.
 */
@Configuration(proxyBeanMethods = false)
public class CxfConfig {

    public static final String SERVICES_PATH = "/services";

    @Bean(name = Bus.DEFAULT_BUS_ID, destroyMethod = "shutdown")
    SpringBus cxf(SoapProperties limits, CallerIdentifier callers, AuthorisationTable authorisation, AuditLog audit) {
        SpringBus bus = new SpringBus();
        guardRequestParsing(bus, limits);
        // who is calling (certificate / trusted platform / header) and may they: soap.security, docs/transport-security.md
        bus.getInInterceptors().add(new CallerAuthorisation(callers, authorisation, audit,
                FaultPolicy.MarkInvoked.class.getName()));
        return bus;
    }

    /**
     * The request-parsing guards and fault shaping of every endpoint on {@code bus}; also used by the
     * coverage-guided fuzz test of the request path (SoapRequestJazzerTest), so it fuzzes exactly these.
     */
    static void guardRequestParsing(Bus bus, SoapProperties limits) {
        // StAX limits against oversized or deeply nested XML; CXF refuses DTDs by default (XXE, entity expansion)
        bus.setProperty("org.apache.cxf.stax.maxElementDepth", limits.maxElementDepth());
        bus.setProperty("org.apache.cxf.stax.maxChildElements", limits.maxChildElements());
        bus.setProperty("org.apache.cxf.stax.maxElementCount", limits.maxElementCount());
        bus.setProperty("org.apache.cxf.stax.maxTextLength", limits.maxTextLength());
        bus.setProperty("org.apache.cxf.stax.maxAttributeCount", limits.maxAttributeCount());
        bus.setProperty("org.apache.cxf.stax.maxAttributeSize", limits.maxAttributeSize());
        bus.setProperty("org.apache.cxf.stax.maxXMLCharacters", limits.maxRequestBytes());
        // an undeclared entity reference (&x;) is a parse error, not silently dropped (StrictXmlInput says why)
        StrictXmlInput.applyTo(bus);
        bus.setProperty(FaultListener.class.getName(), new FaultPolicy.QuietFaultListener());
        // no stack traces or exception causes in faults sent to callers
        bus.setProperty("faultStackTraceEnabled", false);
        bus.setProperty("exceptionMessageCauseEnabled", false);
        bus.getInInterceptors().add(new FaultPolicy.MarkInvoked());
        bus.getOutFaultInterceptors().add(new FaultPolicy.ShapeFault());
    }

    @Bean
    ServletRegistrationBean<CXFServlet> cxfServlet(SpringBus bus) {
        CXFServlet servlet = new CXFServlet();
        servlet.setBus(bus);
        ServletRegistrationBean<CXFServlet> registration = new ServletRegistrationBean<>(servlet, SERVICES_PATH + "/*");
        registration.setName("cxf");
        registration.setLoadOnStartup(1);
        // the service list page would advertise our endpoints to anyone; the WSDLs stay reachable
        registration.addInitParameter("hide-service-list-page", "true");
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> soapRequestSizeLimit(SoapProperties limits) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(limits.maxRequestBytes()));
        registration.addUrlPatterns(SERVICES_PATH + "/*");
        registration.setName("soapRequestSizeLimit");
        return registration;
    }

    @Bean
    SoapEndpoints soapEndpoints(SpringBus bus,
            GetListingTypesResponder getListingTypes,
            GetAvailableHealthcareFacilitiesResponder getAvailableHealthcareFacilities,
            GetAvailableHealthcarePersonnelResponder getAvailableHealthcarePersonnel,
            GetListingCountyResponder getListingCounty,
            GetListingResponder getListing,
            CreateListingResponder createListing,
            UpdateListingResponder updateListing) {
        return new SoapEndpoints(List.of(
                publish(bus, CarelistingContract.GET_LISTING_TYPES, getListingTypes),
                publish(bus, CarelistingContract.GET_AVAILABLE_HEALTHCARE_FACILITIES, getAvailableHealthcareFacilities),
                publish(bus, CarelistingContract.GET_AVAILABLE_HEALTHCARE_PERSONNEL, getAvailableHealthcarePersonnel),
                publish(bus, CarelistingContract.GET_LISTING_COUNTY, getListingCounty),
                publish(bus, CarelistingContract.GET_LISTING, getListing),
                publish(bus, CarelistingContract.CREATE_LISTING, createListing),
                publish(bus, CarelistingContract.UPDATE_LISTING, updateListing)));
    }

    private static EndpointImpl publish(Bus bus, CarelistingContract contract, Object responder) {
        return publish(bus, contract, responder, contract.address());
    }

    /** Publishes the responder with the contract's WSDL and settings at the given address below /services. */
    static EndpointImpl publish(Bus bus, CarelistingContract contract, Object responder, String address) {
        EndpointImpl endpoint = new EndpointImpl(bus, responder);
        endpoint.setWsdlLocation("classpath:" + contract.wsdlResource());
        endpoint.setServiceName(contract.serviceName());
        endpoint.setEndpointName(contract.portName());
        Map<String, Object> properties = new HashMap<>();
        properties.put(Message.SCHEMA_VALIDATION_ENABLED, "IN");
        if (!contract.schemaErrorIsFault()) {
            properties.put(SchemaErrorsAsResult.PROPERTY, new SchemaErrorsAsResult());
        }
        endpoint.setProperties(properties);
        endpoint.publish(address);
        return endpoint;
    }

    /** The published endpoints, stopped when the context closes. */
    public record SoapEndpoints(List<EndpointImpl> endpoints) implements AutoCloseable {
        @Override
        public void close() {
            endpoints.forEach(Endpoint::stop);
        }
    }
}
