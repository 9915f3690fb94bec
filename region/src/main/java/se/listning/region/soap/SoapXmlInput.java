package se.listning.region.soap;

import javax.xml.stream.XMLInputFactory;
import org.apache.cxf.staxutils.StaxUtils;

/**
 * The StAX input factory of the region's CXF bus: CXF's own hardened one (no DTD, no external entities, Woodstox
 * limits) with one setting changed, entity references are replaced instead of reported.
 *
 * <p>Why: without a DTD every entity but the five predefined ones is undeclared, so {@code &x;} makes a message not
 * well-formed. CXF's setting passes it on as an ENTITY_REFERENCE event instead, and then
 * <ul>
 * <li>JAXB dropped it from a value without a word ({@code SE2321000016-&x;VC01} was read as
 * {@code SE2321000016-VC01}) and Woodstox dropped one in an attribute value;</li>
 * <li>in a header, CXF's DOM reader (StaxUtils.readDocElements, 4.2.3) asks the event for a processing
 * instruction's target and fails with an IllegalStateException ("Current event not PROCESSING_INSTRUCTION"), which
 * reached the caller as the fault's text (found by SoapRequestJazzerTest).</li>
 * </ul>
 * When replacing, Woodstox refuses an undeclared entity where it stands ("Undeclared general entity"), so the caller
 * gets a soap:Client fault that names it. The predefined entities and character references read as before.
 */
final class SoapXmlInput {

    private SoapXmlInput() {
    }

    static XMLInputFactory factory() {
        XMLInputFactory factory = StaxUtils.createXMLInputFactory(true);
        // Woodstox factories may be shared by threads once configured (CXF relies on that for its own factory too);
        // the bus says so with Message.THREAD_SAFE_STAX_FACTORIES, which is only true of Woodstox
        if (!factory.getClass().getName().startsWith("com.ctc.wstx.")) {
            throw new IllegalStateException("Woodstox expected as StAX parser, found " + factory.getClass().getName());
        }
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        return factory;
    }
}
