package se.listning.platform.forward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.jks.JksSslStoreBundle;
import org.springframework.boot.ssl.jks.JksSslStoreDetails;
import se.listning.platform.config.PlatformProperties;
import se.listning.platform.soap.VpError;
import se.listning.platform.soap.VpException;

/**
 * The platform forwards to an https producer that requires a client certificate (mutual TLS): with
 * listning.platform.tls.bundle it presents its own certificate (SERIALNUMBER = its id) and trusts the producer's;
 * without, the producer cannot be reached (VP009). Certificates are made at run time by the JDK's keytool.
 */
class ProducerTlsTest {

    private static final String PASSWORD = "changeit";

    @TempDir
    static Path dir;

    private static HttpsServer producer;
    private static final AtomicReference<String> seenClient = new AtomicReference<>();
    private static SslBundle platformBundle;

    @BeforeAll
    static void startProducerRequiringClientCertificates() throws Exception {
        keytool("-genkeypair", "-alias", "platform", "-keyalg", "EC", "-validity", "2",
                "-dname", "SERIALNUMBER=SE-PLATFORM-001, CN=platform, O=Test", "-keystore", store("platform"));
        keytool("-genkeypair", "-alias", "producer", "-keyalg", "EC", "-validity", "2", "-dname", "CN=localhost, O=Test",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-keystore", store("producer"));
        for (String[] trust : new String[][] {{"platform", "producer-trust"}, {"producer", "platform-trust"}}) {
            keytool("-exportcert", "-alias", trust[0], "-keystore", store(trust[0]), "-file", dir.resolve(trust[0] + ".crt")
                    .toString());
            keytool("-importcert", "-noprompt", "-alias", trust[0], "-file", dir.resolve(trust[0] + ".crt").toString(),
                    "-keystore", store(trust[1]));
        }
        platformBundle = bundle("platform", "platform-trust");
        SslBundle producerBundle = bundle("producer", "producer-trust");

        producer = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        SSLContext producerTls = producerBundle.createSslContext();
        producer.setHttpsConfigurator(new HttpsConfigurator(producerTls) {
            @Override
            public void configure(HttpsParameters parameters) {
                javax.net.ssl.SSLParameters ssl = producerTls.getDefaultSSLParameters();
                ssl.setNeedClientAuth(true);
                parameters.setSSLParameters(ssl);
            }
        });
        producer.createContext("/", exchange -> {
            X509Certificate client = (X509Certificate) ((HttpsExchange) exchange).getSSLSession().getPeerCertificates()[0];
            seenClient.set(client.getSubjectX500Principal().toString());
            exchange.getRequestBody().readAllBytes();
            byte[] body = "<ok/>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        producer.start();
    }

    @AfterAll
    static void stop() {
        producer.stop(0);
    }

    @Test
    void forwardsOverMutualTlsWithThePlatformsCertificate() throws Exception {
        ProducerClient client = new ProducerClient(properties(new PlatformProperties.Tls("platform")),
                new DefaultSslBundleRegistry("platform", platformBundle));
        HttpResponse<InputStream> response = client.send(producerUri(), Map.of("Content-Type", List.of("text/xml")),
                "<x>".getBytes(StandardCharsets.UTF_8), new ByteArrayInputStream("</x>".getBytes(StandardCharsets.UTF_8)),
                7);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("<ok/>");
        assertThat(seenClient.get()).contains("SERIALNUMBER=SE-PLATFORM-001");
    }

    @Test
    void withoutTheBundleTheProducerCannotBeReached() {
        ProducerClient client = new ProducerClient(properties(new PlatformProperties.Tls(null)),
                new DefaultSslBundleRegistry());
        assertThatThrownBy(() -> client.send(producerUri(), Map.of(), "<x/>".getBytes(StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0]), 4))
                .isInstanceOfSatisfying(VpException.class, e -> assertThat(e.error()).isEqualTo(VpError.VP009));
    }

    private static URI producerUri() {
        return URI.create("https://localhost:" + producer.getAddress().getPort() + "/services/x/rivtabp21");
    }

    private static PlatformProperties properties(PlatformProperties.Tls tls) {
        return new PlatformProperties(null, dir, "test-platform", Duration.ofSeconds(2), Duration.ofSeconds(5), 65536,
                Duration.ZERO, List.of("127.0.0.1"), List.of(), tls);
    }

    private static SslBundle bundle(String keystore, String truststore) {
        return SslBundle.of(new JksSslStoreBundle(details(keystore), details(truststore)));
    }

    private static JksSslStoreDetails details(String name) {
        return new JksSslStoreDetails("PKCS12", null, Path.of(store(name)).toUri().toString(), PASSWORD);
    }

    private static String store(String name) {
        return dir.resolve(name + ".p12").toString();
    }

    private static void keytool(String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(arguments));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
        Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (keytool.waitFor() != 0) {
            throw new IllegalStateException("keytool " + arguments[0] + " failed: " + output);
        }
    }
}
