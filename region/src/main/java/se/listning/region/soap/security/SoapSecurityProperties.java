package se.listning.region.soap.security;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call the SOAP endpoints, prefix {@code listning.soap} (the limits of the same prefix are
 * {@code SoapProperties}').
 *
 * @param trustedPlatforms  certificate ids (SERIALNUMBER, else CN) of service platforms whose
 *                          x-rivta-original-serviceconsumer-hsaid header names the original consumer
 * @param authorisationFile the authorisation table; when absent the built-in default table is used
 */
@ConfigurationProperties("listning.soap")
public record SoapSecurityProperties(
        @DefaultValue({}) List<String> trustedPlatforms,
        Path authorisationFile) {
}
