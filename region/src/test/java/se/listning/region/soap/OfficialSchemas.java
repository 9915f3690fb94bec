package se.listning.region.soap;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Element;

/**
 * Validates response payloads against Inera's official schemas (shared/reference/carelisting-2.1, found by
 * walking up from the working directory, as CI checks out shared/ beside the project); falls back to
 * our own schemas from the contracts jar when the reference package is absent.
 */
final class OfficialSchemas {

    private static final Map<CarelistingContract, Schema> CACHE = new ConcurrentHashMap<>();
    static final Path OFFICIAL_ROOT = locateOfficial();

    private OfficialSchemas() {
    }

    static void validate(CarelistingContract contract, Element payload) {
        try {
            CACHE.computeIfAbsent(contract, OfficialSchemas::load).newValidator().validate(new DOMSource(payload));
        } catch (Exception e) {
            throw new AssertionError(contract.contractName() + " response is not valid against "
                    + (OFFICIAL_ROOT != null ? "the official schema" : "our schema") + ": " + e.getMessage(), e);
        }
    }

    static boolean usingOfficialSchemas() {
        return OFFICIAL_ROOT != null;
    }

    private static Schema load(CarelistingContract contract) {
        String wsdl = contract.wsdlResource();
        String responderXsd = wsdl.substring(0, wsdl.lastIndexOf('/') + 1) + contract.contractName() + "Responder_"
                + wsdl.replaceAll(".*Interaction_([0-9.]+)_RIVTABP21\\.wsdl", "$1") + ".xsd";
        try {
            URL url;
            if (OFFICIAL_ROOT != null) {
                url = OFFICIAL_ROOT.resolve(responderXsd.substring("schemas/".length())).toUri().toURL();
            } else {
                url = OfficialSchemas.class.getClassLoader().getResource(responderXsd);
            }
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
            return factory.newSchema(url);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load schema for " + contract, e);
        }
    }

    private static Path locateOfficial() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/reference/carelisting-2.1/schemas");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
