package se.listning.region.crosscounty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPFactory;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.net.SocketTimeoutException;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

class PermanentPlatformFaultTest {

    @Test
    void routingAndAuthorisationFaultsAreNotWorthResending() throws Exception {
        assertThat(PlatformOtherRegions.isPermanentPlatformFault(fault("VP004 [listning-platform] Det finns ingen vägval")))
                .isTrue();
        assertThat(PlatformOtherRegions.isPermanentPlatformFault(
                new RuntimeException("wrapped", fault("VP007 [listning-platform] Behörighet saknas")))).isTrue();
    }

    @Test
    void producerTroubleAndTimeoutsAreResent() throws Exception {
        assertThat(PlatformOtherRegions.isPermanentPlatformFault(fault("VP009 [listning-platform] Fel vid kontakt"))).isFalse();
        assertThat(PlatformOtherRegions.isPermanentPlatformFault(fault("Tekniskt fel i listningstjänsten."))).isFalse();
        assertThat(PlatformOtherRegions.isPermanentPlatformFault(
                new RuntimeException(new SocketTimeoutException("Read timed out")))).isFalse();
    }

    private static SOAPFaultException fault(String text) throws Exception {
        SOAPFault fault = SOAPFactory.newInstance(SOAPConstants.SOAP_1_1_PROTOCOL)
                .createFault(text, new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, "Server"));
        return new SOAPFaultException(fault);
    }
}
