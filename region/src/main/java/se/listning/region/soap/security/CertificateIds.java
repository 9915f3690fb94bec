package se.listning.region.soap.security;

import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/** The system id in a (SITHS function style) certificate: the subject's SERIALNUMBER, else its CN. */
final class CertificateIds {

    private static final String SERIAL_NUMBER_OID = "2.5.4.5";

    private CertificateIds() {
    }

    static Optional<String> of(X509Certificate certificate) {
        String subject = certificate.getSubjectX500Principal()
                .getName(X500Principal.RFC2253, Map.of(SERIAL_NUMBER_OID, "SERIALNUMBER"));
        try {
            Optional<String> commonName = Optional.empty();
            for (Rdn rdn : new LdapName(subject).getRdns()) {
                String value = String.valueOf(rdn.getValue()).strip();
                if (value.isEmpty()) {
                    continue;
                }
                if ("SERIALNUMBER".equalsIgnoreCase(rdn.getType())) {
                    return Optional.of(value);
                }
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    commonName = Optional.of(value);
                }
            }
            return commonName;
        } catch (InvalidNameException e) {
            return Optional.empty();
        }
    }
}
