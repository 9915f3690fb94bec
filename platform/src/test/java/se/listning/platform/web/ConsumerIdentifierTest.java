package se.listning.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpServletRequest;
import se.listning.platform.config.PlatformProperties;
import se.listning.platform.soap.VpError;
import se.listning.platform.soap.VpException;

class ConsumerIdentifierTest {

    @TempDir
    Path dir;

    private final ConsumerIdentifier identifier = new ConsumerIdentifier(new PlatformProperties(null, Path.of("."),
            "p", Duration.ofSeconds(1), Duration.ofSeconds(1), 65536, Duration.ZERO,
            List.of("127.0.0.1"), List.of(), null));

    @Test
    void headerIdentityFromAnUntrustedAddressIsVp011() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.1.2.3");
        request.addHeader("x-rivta-original-serviceconsumer-hsaid", "SE-CITIZEN");
        assertThatThrownBy(() -> identifier.identify(request))
                .isInstanceOfSatisfying(VpException.class, e -> {
                    assertThat(e.error()).isEqualTo(VpError.VP011);
                    assertThat(e.details()).contains("IP-address: 10.1.2.3")
                            .contains("x-rivta-original-serviceconsumer-hsaid");
                });
    }

    @Test
    void senderIdHeaderWinsOverTheOriginalConsumerHeaderForTrustedCallers() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("127.0.0.1");
        request.addHeader("x-vp-sender-id", "SE-PROXY");
        request.addHeader("x-rivta-original-serviceconsumer-hsaid", "SE-CITIZEN");
        Consumer consumer = identifier.identify(request);
        assertThat(consumer.senderId()).isEqualTo("SE-PROXY");
        assertThat(consumer.originalConsumer()).isEqualTo("SE-CITIZEN");
    }

    @Test
    void clientCertificateSerialNumberIsTheSenderIdEvenFromUntrustedAddresses() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.1.2.3");
        request.addHeader("x-vp-sender-id", "SE-SPOOFED");
        request.setAttribute("jakarta.servlet.request.X509Certificate",
                new X509Certificate[] {certificate("CN=Region Test, SERIALNUMBER=SE2321000016-ABCD, O=Test")});
        Consumer consumer = identifier.identify(request);
        assertThat(consumer.senderId()).isEqualTo("SE2321000016-ABCD");
        assertThat(consumer.source()).isEqualTo("certificate");
    }

    @Test
    void clientCertificateWithoutSerialNumberFallsBackToCommonName() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setAttribute("jakarta.servlet.request.X509Certificate",
                new X509Certificate[] {certificate("CN=SE-CN-ONLY, O=Test")});
        assertThat(identifier.identify(request).senderId()).isEqualTo("SE-CN-ONLY");
    }

    /** A real self-signed certificate made by the JDK's keytool. */
    private X509Certificate certificate(String subject) throws Exception {
        Path keystore = dir.resolve("ks-" + Math.abs(subject.hashCode()) + ".p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "t", "-keyalg", "EC", "-dname", subject, "-validity", "1",
                "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", "changeit")
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor()).as(output).isZero();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(keystore.toFile())) {
            store.load(in, "changeit".toCharArray());
        }
        return (X509Certificate) store.getCertificate("t");
    }
}
