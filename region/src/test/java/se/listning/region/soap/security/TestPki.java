package se.listning.region.soap.security;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away certificate authority for tests, made at run time (EC P-256, Bouncy Castle): issues server and
 * client certificates whose subject carries a system id in SERIALNUMBER, as SITHS function certificates do, and
 * writes them as PKCS#12 key stores.
 */
final class TestPki {

    static final char[] PASSWORD = "test-secret".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyPair caKeys;
    private final X509Certificate ca;

    TestPki(String name) {
        try {
            this.caKeys = keyPair();
            X500Name subject = new X500Name("CN=" + name + ",O=Listning test");
            JcaX509v3CertificateBuilder builder = builder(subject, subject, caKeys);
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            this.ca = sign(builder, caKeys);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    X509Certificate caCertificate() {
        return ca;
    }

    /** A certificate for {@code subject} (e.g. {@code SERIALNUMBER=SE-REGION-01,CN=region-01}), SAN localhost. */
    Issued issue(String subject) {
        try {
            KeyPair keys = keyPair();
            JcaX509v3CertificateBuilder builder = builder(new X500Name(subject),
                    X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()), keys);
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                    new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                    new GeneralName(GeneralName.dNSName, "localhost"),
                    new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
            return new Issued(keys, sign(builder, caKeys), ca);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PKCS#12 trust store holding this CA. */
    Path writeTrustStore(Path file) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("ca", ca);
            try (var out = Files.newOutputStream(file)) {
                store.store(out, PASSWORD);
            }
            return file;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An issued certificate with its key and chain. */
    record Issued(KeyPair keys, X509Certificate certificate, X509Certificate issuer) {

        KeyStore keyStore() throws GeneralSecurityException, java.io.IOException {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("key", keys.getPrivate(), PASSWORD, new X509Certificate[] {certificate, issuer});
            return store;
        }

        Path write(Path file) {
            try (var out = Files.newOutputStream(file)) {
                keyStore().store(out, PASSWORD);
                return file;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A client TLS context presenting {@code client} (null: no certificate) and trusting {@code trusted}. */
    static SSLContext clientContext(Issued client, TestPki trusted) {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("ca", trusted.ca);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            if (client != null) {
                kmf.init(client.keyStore(), PASSWORD);
            } else {
                KeyStore empty = KeyStore.getInstance("PKCS12");
                empty.load(null, null);
                kmf.init(empty, PASSWORD);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), RANDOM);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JcaX509v3CertificateBuilder builder(X500Name subject, X500Name issuer, KeyPair keys) {
        Instant now = Instant.now();
        return new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, RANDOM),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(Duration.ofDays(1))), subject,
                keys.getPublic());
    }

    private static X509Certificate sign(JcaX509v3CertificateBuilder builder, KeyPair signer) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer.getPrivate())));
    }

    private static KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }
}
