package se.listning.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The packaged WSDLs carry the RIVTA BP 2.1 structure, and every schema compiles from the classpath. */
class WsdlAndSchemaTest {

    private static final String SOAP = "http://schemas.xmlsoap.org/wsdl/soap/";

    static Iterable<String> xsds() {
        return ContractFiles.xsds();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("se.listning.contracts.ContractFiles#CONTRACTS")
    void soapActionIsResponderNamespaceColonContractName(ContractFiles.Contract c) throws Exception {
        Document wsdl = parse(ContractFiles.resource(c.wsdl()));
        Element root = wsdl.getDocumentElement();
        assertThat(root.getAttribute("targetNamespace")).isEqualTo(c.wsdlNamespace());
        assertThat(root.getAttribute("name")).isEqualTo(c.name() + "Interaction");

        NodeList operations = wsdl.getElementsByTagNameNS(SOAP, "operation");
        assertThat(operations.getLength()).isEqualTo(1);
        assertThat(((Element) operations.item(0)).getAttribute("soapAction"))
                .isEqualTo(c.responderNamespace() + ":" + c.name());

        Element header = (Element) wsdl.getElementsByTagNameNS(SOAP, "header").item(0);
        assertThat(header.getAttribute("part")).isEqualTo("LogicalAddress");
        assertThat(CanonicalXml.resolve(header, header.getAttribute("message")))
                .isEqualTo("{" + c.wsdlNamespace() + "}" + c.name() + "Request");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xsds")
    void schemaCompilesFromTheClasspath(String path) throws Exception {
        URL url = ContractFiles.resource(path);
        assertThat(schemaFactory().newSchema(url)).isNotNull();
    }

    /** The schema inside wsdl:types, with its relative imports resolved against the WSDL's location. */
    @ParameterizedTest(name = "{0}")
    @FieldSource("se.listning.contracts.ContractFiles#CONTRACTS")
    void wsdlTypesCompileFromTheClasspath(ContractFiles.Contract c) throws Exception {
        URL url = ContractFiles.resource(c.wsdl());
        Element schema = (Element) parse(url).getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "schema").item(0);
        assertThat(schemaFactory().newSchema(new DOMSource(schema, url.toExternalForm()))).isNotNull();
    }

    private static SchemaFactory schemaFactory() {
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    }

    private static Document parse(URL url) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        try (InputStream in = url.openStream()) {
            return dbf.newDocumentBuilder().parse(in, url.toExternalForm());
        }
    }
}
