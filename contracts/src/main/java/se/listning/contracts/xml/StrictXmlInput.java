package se.listning.contracts.xml;

import javax.xml.stream.XMLInputFactory;
import org.apache.cxf.Bus;
import org.apache.cxf.bus.CXFBusFactory;
import org.apache.cxf.message.Message;
import org.apache.cxf.staxutils.StaxUtils;

/**
 * How every CXF bus of ours reads XML, requests and answers alike: with CXF's own hardened StAX factory (no DTD, no
 * external entities, Woodstox limits) but with entity references replaced instead of reported.
 *
 * <p>Why: without a DTD every entity but the five predefined ones is undeclared, so {@code &x;} makes a message not
 * well-formed. CXF's setting passes it on as an ENTITY_REFERENCE event instead, and then
 * <ul>
 * <li>JAXB dropped it from a value without a word ({@code SE2321000016-&x;VC01} was read as
 * {@code SE2321000016-VC01}), and Woodstox dropped one in an attribute value;</li>
 * <li>in a SOAP header, CXF's DOM reader (StaxUtils.readDocElements, 4.2.3) asks the event for a processing
 * instruction's target and fails with an IllegalStateException ("Current event not PROCESSING_INSTRUCTION"), which
 * reached the caller as the fault's text (found by the region's SoapRequestJazzerTest).</li>
 * </ul>
 * When replacing, Woodstox refuses an undeclared entity where it stands ("Undeclared general entity"): a server answers
 * with a soap:Client fault that names it, a client call fails instead of returning a changed value. The predefined
 * entities and character references read as before.
 */
public final class StrictXmlInput {

    private StrictXmlInput() {
    }

    /** A new bus of its own (not CXF's default bus) for a client, reading as {@link #applyTo} says. */
    public static Bus newBus() {
        Bus bus = new CXFBusFactory().createBus();
        applyTo(bus);
        return bus;
    }

    /** Makes {@code bus} read every message with {@link #factory()}. */
    public static void applyTo(Bus bus) {
        bus.setProperty(XMLInputFactory.class.getName(), factory());
        // Woodstox factories may be shared by threads once configured (CXF relies on it for its own factory)
        bus.setProperty(Message.THREAD_SAFE_STAX_FACTORIES, true);
    }

    static XMLInputFactory factory() {
        XMLInputFactory factory = StaxUtils.createXMLInputFactory(true);
        if (!factory.getClass().getName().startsWith("com.ctc.wstx.")) {
            throw new IllegalStateException("Woodstox expected as StAX parser, found " + factory.getClass().getName());
        }
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        return factory;
    }
}
