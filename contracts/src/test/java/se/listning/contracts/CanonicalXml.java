package se.listning.contracts;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Canonical, prefix-free text form of an XSD or WSDL, one line per element, used to compare our files with the
 * official ones. Comments, {@code xs:annotation} and {@code wsdl:documentation}, whitespace-only text and
 * namespace declarations are dropped; element names become {@code {ns}local}; QName-valued attributes are
 * resolved to {@code {ns}local}; attributes are sorted, so their order and the prefixes chosen do not matter.
 */
final class CanonicalXml {

    static final String XSD = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    static final String WSDL = "http://schemas.xmlsoap.org/wsdl/";

    /** Attributes whose value is a QName in XSD (type, ref, base, ...) or WSDL 1.1 (element, message, ...). */
    private static final Set<String> QNAME_ATTRIBUTES =
            Set.of("type", "ref", "base", "itemType", "substitutionGroup", "refer", "element", "message", "binding");

    static List<String> of(InputStream in, String name) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        dbf.setIgnoringComments(true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Element root = dbf.newDocumentBuilder().parse(in, name).getDocumentElement();
        List<String> lines = new ArrayList<>();
        write(root, "", lines);
        return lines;
    }

    private static void write(Element e, String indent, List<String> out) {
        if (isDocumentation(e)) {
            return;
        }
        Set<String> attributes = new TreeSet<>();
        NamedNodeMap map = e.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Attr a = (Attr) map.item(i);
            if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                String value = QNAME_ATTRIBUTES.contains(a.getLocalName()) && a.getNamespaceURI() == null
                        ? resolve(e, a.getValue()) : a.getValue();
                attributes.add(name(a.getNamespaceURI(), a.getLocalName()) + "=\"" + value + "\"");
            }
        }
        out.add(indent + name(e.getNamespaceURI(), e.getLocalName()) + (attributes.isEmpty() ? "" : " " + attributes));
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                write(child, indent + "  ", out);
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                String text = n.getNodeValue().strip();
                if (!text.isEmpty()) {
                    out.add(indent + "  #text " + text);
                }
            }
        }
    }

    private static boolean isDocumentation(Element e) {
        return (XSD.equals(e.getNamespaceURI()) && "annotation".equals(e.getLocalName()))
                || (WSDL.equals(e.getNamespaceURI()) && "documentation".equals(e.getLocalName()));
    }

    /** Resolves a prefixed (or default-namespace) QName in the scope of {@code e}. */
    static String resolve(Element e, String qname) {
        int colon = qname.indexOf(':');
        String prefix = colon < 0 ? null : qname.substring(0, colon);
        String ns = e.lookupNamespaceURI(prefix);
        if (prefix != null && ns == null) {
            throw new IllegalArgumentException("unbound prefix in " + qname + " on <" + e.getTagName() + ">");
        }
        return name(ns, qname.substring(colon + 1));
    }

    private static String name(String ns, String local) {
        return ns == null ? local : "{" + ns + "}" + local;
    }

    private CanonicalXml() {
    }
}
