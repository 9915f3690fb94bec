package se.listning.platform.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code listning.platform}.
 *
 * @param routingFile the routing/authorisation file; when absent a demo file is generated in {@code dataDir}
 * @param dataDir where the generated demo routing file goes
 * @param instanceId this platform's name in faultstrings, x-vp-instance-id and x-rivta-routing-history
 * @param connectTimeout producer connect timeout
 * @param responseTimeout time to wait for the producer's response headers once the request is sent (SKLTP VP: 29 s)
 * @param maxPrefixBytes how much of a request may be read to find LogicalAddress and the contract element
 * @param reloadCheckInterval how often the routing file is checked for changes ({@code 0s} = never)
 * @param trustedSenderIps callers allowed to name the consumer in HTTP headers instead of a client certificate
 * @param originalConsumerHeaderSenders consumers allowed to set x-rivta-original-serviceconsumer-hsaid to someone
 *     else; empty = everyone (dev)
 * @param tls client certificate and trusted CA for https producer URLs (mutual TLS); unset = JDK defaults
 */
@ConfigurationProperties("listning.platform")
public record PlatformProperties(
        Path routingFile,
        @DefaultValue("./data/platform") Path dataDir,
        @DefaultValue("listning-platform") String instanceId,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("25s") Duration responseTimeout,
        @DefaultValue("65536") int maxPrefixBytes,
        @DefaultValue("2s") Duration reloadCheckInterval,
        @DefaultValue({"127.0.0.1", "0:0:0:0:0:0:0:1"}) List<String> trustedSenderIps,
        @DefaultValue({}) List<String> originalConsumerHeaderSenders,
        @DefaultValue Tls tls) {

    /**
     * Mutual TLS towards producers (docs/transport-security.md).
     *
     * @param bundle name of a Spring Boot SSL bundle ({@code spring.ssl.bundle.jks.<name>.*}) holding the platform's
     *               client certificate (SERIALNUMBER = the id the regions list in listning.soap.trusted-platforms)
     *               and the CA of the producers' server certificates
     */
    public record Tls(String bundle) {

        public boolean configured() {
            return bundle != null && !bundle.isBlank();
        }
    }
}
