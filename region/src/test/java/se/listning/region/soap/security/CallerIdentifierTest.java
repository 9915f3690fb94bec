package se.listning.region.soap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.listning.region.soap.security.CallerIdentity.Source;

/** Who the caller is, from real (run-time made) certificates and the original-consumer header. */
class CallerIdentifierTest {

    private static final TestPki PKI = new TestPki("Identifier test CA");
    private static final X509Certificate[] CONSUMER = chain("SERIALNUMBER=SE2321000016-E1,CN=e-service,O=Test");
    private static final X509Certificate[] PLATFORM = chain("SERIALNUMBER=SE-PLATFORM-001,CN=platform,O=Test");
    private static final X509Certificate[] CN_ONLY = chain("CN=SE-CN-ONLY,O=Test");

    private final CallerIdentifier identifier = new CallerIdentifier(
            new SoapSecurityProperties(List.of("se-platform-001"), null));

    @Test
    void plainHttpTakesTheHeaderAsBefore() {
        assertThat(identifier.identify(false, null, " SE-CONSUMER-001 "))
                .isEqualTo(new CallerIdentity("SE-CONSUMER-001", Source.HEADER, null));
        assertThat(identifier.identify(false, null, null)).isEqualTo(new CallerIdentity(null, Source.NONE, null));
        assertThat(identifier.identify(false, new X509Certificate[0], "  ")).isEqualTo(
                new CallerIdentity(null, Source.NONE, null));
    }

    @Test
    void overTlsACertificateIsRequired() {
        assertThatThrownBy(() -> identifier.identify(true, null, "SE-CONSUMER-001"))
                .isInstanceOf(CallerRefusedException.class).hasMessageStartingWith("Klientcertifikat saknas");
    }

    @Test
    void theCertificateSerialNumberIsTheConsumer() {
        assertThat(identifier.identify(true, CONSUMER, null))
                .isEqualTo(new CallerIdentity("SE2321000016-E1", Source.CERTIFICATE, "SE2321000016-E1"));
        assertThat(identifier.identify(true, CONSUMER, "se2321000016-e1").consumerId()).isEqualTo("SE2321000016-E1");
        assertThat(identifier.identify(true, CN_ONLY, null).consumerId()).isEqualTo("SE-CN-ONLY");
    }

    @Test
    void aConsumerThatIsNoTrustedPlatformMayNotNameAnother() {
        assertThatThrownBy(() -> identifier.identify(true, CONSUMER, "SE-CONSUMER-001"))
                .isInstanceOfSatisfying(CallerRefusedException.class, e -> {
                    assertThat(e.consumerId()).isEqualTo("SE2321000016-E1");
                    assertThat(e.getMessage()).contains("'SE2321000016-E1' är ingen betrodd tjänsteplattform")
                            .contains("'SE-CONSUMER-001'");
                });
    }

    @Test
    void aTrustedPlatformNamesTheOriginalConsumer() {
        assertThat(identifier.identify(true, PLATFORM, "SE-CONSUMER-001"))
                .isEqualTo(new CallerIdentity("SE-CONSUMER-001", Source.TRUSTED_PLATFORM, "SE-PLATFORM-001"));
        assertThat(identifier.identify(true, PLATFORM, null))
                .isEqualTo(new CallerIdentity("SE-PLATFORM-001", Source.CERTIFICATE, "SE-PLATFORM-001"));
    }

    @Test
    void anOverlongHeaderIsCut() {
        assertThat(identifier.identify(false, null, "X".repeat(500)).consumerId()).hasSize(100);
    }

    private static X509Certificate[] chain(String subject) {
        TestPki.Issued issued = PKI.issue(subject);
        return new X509Certificate[] {issued.certificate(), issued.issuer()};
    }
}
