package se.listning.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.Marshaller;
import java.lang.reflect.Method;
import java.util.Arrays;
import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMResult;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.w3c.dom.Document;
import se.listning.contracts.carelisting.v2.CVType;
import se.listning.contracts.carelisting.v2.HealthcareFacilityType;
import se.listning.contracts.carelisting.v2.ListingHealthcareFacilityType;
import se.listning.contracts.carelisting.v2.ResultCodeEnum;
import se.listning.contracts.getlisting.GetListingResponseType;
import se.listning.contracts.getlisting.ObjectFactory;

/**
 * The 2.0 and 2.1 domain schemas share a namespace; code generation must bind every contract to the 2.1
 * variants of HealthcareFacilityType and ListingHealthcareFacilityType (closed, with the extension elements).
 */
class GeneratedTypesTest {

    static final String EXT = ContractFiles.NS + ":2.1";

    @Test
    void healthcareFacilityTypeIsThe21Variant() throws Exception {
        assertThat(HealthcareFacilityType.class.getMethod("getQueueLength").getReturnType()).isEqualTo(Integer.class);
        assertThat(HealthcareFacilityType.class.getMethod("getEstimatedWaitInQueue").getReturnType()).isEqualTo(Integer.class);
        assertThat(methodNames(HealthcareFacilityType.class)).as("2.1 type has no wildcard").doesNotContain("getAny");
    }

    @Test
    void listingHealthcareFacilityTypeIsThe21Variant() throws Exception {
        for (String getter : new String[] {"getQueuePosition", "getEstimatedWaitInQueue", "getRemainingChanges"}) {
            assertThat(ListingHealthcareFacilityType.class.getMethod(getter).getReturnType()).isEqualTo(Integer.class);
        }
        assertThat(methodNames(ListingHealthcareFacilityType.class)).as("2.1 type has no wildcard").doesNotContain("getAny");
    }

    /** The extension elements go on the wire in the 2.1 namespace and the result is valid against our schema. */
    @Test
    void extensionElementsAreMarshalledInThe21NamespaceAndValidate() throws Exception {
        HealthcareFacilityType facility = new HealthcareFacilityType();
        facility.setId("SE2321000016-ABCD");
        facility.setName("Vårdcentralen Exempel");
        facility.setHasQueue(true);
        facility.setSupportsHealthcarePersonnel(false);
        facility.setQueueLength(12);
        facility.setEstimatedWaitInQueue(30);
        CVType pv = new CVType();
        pv.setCode("PV");
        pv.setCodeSystem("1.2.752.129.5.1.27");
        ListingHealthcareFacilityType listing = new ListingHealthcareFacilityType();
        listing.setListingType(pv);
        listing.setHealthcareFacility(facility);
        listing.setIsInQueue(true);
        listing.setQueuePosition(3);
        listing.setEstimatedWaitInQueue(10);
        listing.setRemainingChanges(2);
        GetListingResponseType response = new GetListingResponseType();
        response.getListings().add(listing);
        response.setResultCode(ResultCodeEnum.OK);

        Marshaller marshaller = JAXBContext.newInstance(GetListingResponseType.class, ObjectFactory.class).createMarshaller();
        marshaller.setSchema(SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(ContractFiles.resource(contract("GetListing").responderXsd())));
        DOMResult xml = new DOMResult();
        marshaller.marshal(new ObjectFactory().createGetListingResponse(response), xml);

        Document doc = (Document) xml.getNode();
        assertThat(doc.getElementsByTagNameNS(EXT, "remainingChanges").item(0).getTextContent()).isEqualTo("2");
        assertThat(doc.getElementsByTagNameNS(EXT, "queueLength").item(0).getTextContent()).isEqualTo("12");
        assertThat(doc.getElementsByTagNameNS(EXT, "estimatedWaitInQueue").getLength()).isEqualTo(2);
    }

    /** What a responder implements: one SEI per contract, LogicalAddress as a SOAP header parameter. */
    @ParameterizedTest(name = "{0}")
    @FieldSource("se.listning.contracts.ContractFiles#CONTRACTS")
    void serviceInterfaceHasLogicalAddressHeaderAndBareParameters(ContractFiles.Contract c) throws Exception {
        String pkg = c.javaPackage();
        Class<?> sei = Class.forName(pkg + ".rivtabp21." + c.name() + "ResponderInterface");
        Class<?> request = Class.forName(pkg + "." + c.name() + "Type");
        Class<?> response = Class.forName(pkg + "." + c.name() + "ResponseType");
        String operation = Character.toLowerCase(c.name().charAt(0)) + c.name().substring(1);

        Method m = sei.getMethod(operation, String.class, request);
        assertThat(m.getReturnType()).isEqualTo(response);
        assertThat(m.getAnnotation(WebMethod.class).action()).isEqualTo(c.responderNamespace() + ":" + c.name());
        WebParam header = m.getParameters()[0].getAnnotation(WebParam.class);
        assertThat(header.header()).isTrue();
        assertThat(header.name()).isEqualTo("LogicalAddress");
        assertThat(header.targetNamespace()).isEqualTo("urn:riv:itintegration:registry:1");
    }

    private static ContractFiles.Contract contract(String name) {
        return ContractFiles.CONTRACTS.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static String[] methodNames(Class<?> type) {
        return Arrays.stream(type.getMethods()).map(Method::getName).toArray(String[]::new);
    }
}
