package se.listning.citizen.config;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the e-service ({@code listning.citizen.*}).
 *
 * @param platformUrl     base URL of the service platform; every contract call goes there
 * @param consumerHsaId   this e-service's HSA-id as a platform consumer
 * @param connectTimeout  connecting to the platform
 * @param receiveTimeout  waiting for one answer; a slower region is shown as "svarar inte just nu"
 * @param registers       county code → base URL of that county's registers stand-in (population register and
 *                        unit directory; demo only, see docs/citizen.md)
 * @param testSignIn      offer the test sign-in (choose a synthetic person); off in production
 * @param personIdClaim   the OpenID Connect claim that carries the personnummer
 */
@ConfigurationProperties("listning.citizen")
public record CitizenProperties(
        String platformUrl,
        @DefaultValue("SE-CONSUMER-001") String consumerHsaId,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("8s") Duration receiveTimeout,
        @DefaultValue("60s") Duration connectedRegionsTtl,
        @DefaultValue Map<String, String> registers,
        @DefaultValue("true") boolean testSignIn,
        @DefaultValue("personal_number") String personIdClaim) {

    public CitizenProperties {
        registers = Map.copyOf(registers);
    }

    public String platformBase() {
        if (platformUrl == null || platformUrl.isBlank()) {
            throw new IllegalStateException("listning.citizen.platform-url is not set");
        }
        return platformUrl.endsWith("/") ? platformUrl.substring(0, platformUrl.length() - 1) : platformUrl;
    }
}
