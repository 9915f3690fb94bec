package se.listning.region.soap.security;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Identifies the system calling a SOAP endpoint. Over TLS the client certificate decides: its SERIALNUMBER (else
 * CN) is the consumer, unless it is a trusted platform, whose x-rivta-original-serviceconsumer-hsaid header then
 * names the original consumer. A certificate holder that is not a trusted platform may not name someone else in
 * that header, and a TLS call without a certificate is refused. Over plain HTTP (development, tests, or behind a
 * TLS-terminating proxy) the header is taken as it comes, as before.
 */
@Component
public class CallerIdentifier {

    static final int MAX_ID_LENGTH = 100;

    private final List<String> trustedPlatforms;

    public CallerIdentifier(SoapSecurityProperties properties) {
        this.trustedPlatforms = properties.trustedPlatforms().stream().map(CallerIdentifier::normalise).toList();
    }

    /**
     * @param secure       whether the call came over TLS
     * @param certificates the client's certificate chain (leaf first), null or empty without one
     * @param header       the x-rivta-original-serviceconsumer-hsaid header, null when absent
     */
    public CallerIdentity identify(boolean secure, X509Certificate[] certificates, String header) {
        String claimed = header == null || header.isBlank() ? null : abbreviate(header.strip());
        if (certificates == null || certificates.length == 0) {
            if (secure) {
                throw new CallerRefusedException("Klientcertifikat saknas: anrop över TLS måste identifiera det"
                        + " anropande systemet med ett klientcertifikat (SITHS funktionscertifikat).", claimed);
            }
            return new CallerIdentity(claimed, claimed == null ? CallerIdentity.Source.NONE
                    : CallerIdentity.Source.HEADER, null);
        }
        String certificateId = CertificateIds.of(certificates[0]).map(CallerIdentifier::abbreviate)
                .orElseThrow(() -> new CallerRefusedException("Klientcertifikatet saknar SERIALNUMBER och CN: det"
                        + " anropande systemet kan inte identifieras.", claimed));
        if (trustedPlatforms.contains(normalise(certificateId))) {
            return claimed == null
                    ? new CallerIdentity(certificateId, CallerIdentity.Source.CERTIFICATE, certificateId)
                    : new CallerIdentity(claimed, CallerIdentity.Source.TRUSTED_PLATFORM, certificateId);
        }
        if (claimed != null && !claimed.equalsIgnoreCase(certificateId)) {
            throw new CallerRefusedException("Det anropande systemet '" + certificateId + "' är ingen betrodd"
                    + " tjänsteplattform och får inte ange en annan tjänstekonsument ('" + claimed + "') i"
                    + " x-rivta-original-serviceconsumer-hsaid.", certificateId);
        }
        return new CallerIdentity(certificateId, CallerIdentity.Source.CERTIFICATE, certificateId);
    }

    private static String normalise(String id) {
        return id.strip().toUpperCase(Locale.ROOT);
    }

    private static String abbreviate(String value) {
        return value.length() <= MAX_ID_LENGTH ? value : value.substring(0, MAX_ID_LENGTH);
    }
}
