package se.listning.region.crosscounty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.ws.WebServiceException;
import java.net.SocketTimeoutException;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.Soap11;
import org.junit.jupiter.api.Test;

class PermanentPlatformFaultTest {

    @Test
    void routingAndAuthorisationFaultsAreNotWorthResending() {
        assertThat(PlatformOtherRegions.isPermanentPlatformFault(fault("VP004 [listning-platform] Det finns ingen vägval")))
                .isTrue();
        assertThat(PlatformOtherRegions.isPermanentPlatformFault(
                new WebServiceException("wrapped", fault("VP007 [listning-platform] Behörighet saknas")))).isTrue();
    }

    @Test
    void producerTroubleAndTimeoutsAreResent() {
        assertThat(PlatformOtherRegions.isPermanentPlatformFault(fault("VP009 [listning-platform] Fel vid kontakt"))).isFalse();
        assertThat(PlatformOtherRegions.isPermanentPlatformFault(fault("Tekniskt fel i listningstjänsten."))).isFalse();
        assertThat(PlatformOtherRegions.isPermanentPlatformFault(
                new WebServiceException(new SocketTimeoutException("Read timed out")))).isFalse();
    }

    private static SoapFault fault(String text) {
        return new SoapFault(text, Soap11.getInstance().getReceiver());
    }
}
