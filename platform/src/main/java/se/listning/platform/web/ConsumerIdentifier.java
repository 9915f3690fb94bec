package se.listning.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;
import org.springframework.stereotype.Component;
import se.listning.platform.config.PlatformProperties;
import se.listning.platform.soap.VpError;
import se.listning.platform.soap.VpException;

/**
 * Finds out who is calling. A TLS client certificate wins (subject serialNumber, else CN), as in SKLTP VP.
 * Without a certificate, callers from trusted IP addresses (the dev setup, or a TLS-terminating proxy) may name
 * the consumer in x-vp-sender-id or x-rivta-original-serviceconsumer-hsaid; anyone else is refused with VP011.
 */
@Component
class ConsumerIdentifier {

    private static final String CERTIFICATE_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";
    private static final String SERIAL_NUMBER_OID = "2.5.4.5";

    private final List<String> trustedSenderIps;
    private final List<String> originalConsumerHeaderSenders;

    ConsumerIdentifier(PlatformProperties properties) {
        this.trustedSenderIps = properties.trustedSenderIps();
        this.originalConsumerHeaderSenders = properties.originalConsumerHeaderSenders().stream()
                .map(id -> id.toUpperCase(Locale.ROOT)).toList();
    }

    Consumer identify(HttpServletRequest request) throws VpException {
        String originalHeader = blankToNull(request.getHeader(PlatformHeaders.ORIGINAL_CONSUMER));
        String senderId;
        String source;
        X509Certificate[] certificates = (X509Certificate[]) request.getAttribute(CERTIFICATE_ATTRIBUTE);
        if (certificates != null && certificates.length > 0) {
            senderId = senderIdFromCertificate(certificates[0]);
            source = "certificate";
        } else {
            String senderHeader = blankToNull(request.getHeader(PlatformHeaders.SENDER_ID));
            String header = senderHeader != null ? PlatformHeaders.SENDER_ID : PlatformHeaders.ORIGINAL_CONSUMER;
            senderId = senderHeader != null ? senderHeader : originalHeader;
            if (senderId == null) {
                throw VpError.VP002.exception("No client certificate and no " + PlatformHeaders.SENDER_ID + " or "
                        + PlatformHeaders.ORIGINAL_CONSUMER + " header from a trusted caller.");
            }
            if (!trustedSenderIps.contains(request.getRemoteAddr())) {
                throw VpError.VP011.exception("IP-address: " + request.getRemoteAddr()
                        + ". HTTP header that caused checking: " + header);
            }
            source = header;
        }
        if (originalHeader != null && !originalHeader.equalsIgnoreCase(senderId)
                && !originalConsumerHeaderSenders.isEmpty()
                && !originalConsumerHeaderSenders.contains(senderId.toUpperCase(Locale.ROOT))) {
            throw VpError.VP013.exception("senderId: " + senderId);
        }
        return new Consumer(senderId, originalHeader != null ? originalHeader : senderId, source);
    }

    private static String senderIdFromCertificate(X509Certificate certificate) throws VpException {
        X500Principal subject = certificate.getSubjectX500Principal();
        try {
            LdapName name = new LdapName(subject.getName(X500Principal.RFC2253,
                    Map.of(SERIAL_NUMBER_OID, "SERIALNUMBER")));
            String commonName = null;
            for (Rdn rdn : name.getRdns()) {
                if (rdn.getType().equalsIgnoreCase("SERIALNUMBER")) {
                    return rdn.getValue().toString();
                }
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    commonName = rdn.getValue().toString();
                }
            }
            if (commonName != null) {
                return commonName;
            }
        } catch (InvalidNameException e) {
            // fall through to VP002
        }
        throw VpError.VP002.exception("Certificate subject has neither serialNumber nor CN: " + subject.getName());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
