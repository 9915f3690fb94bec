package se.listning.region.soap.security;

/**
 * Who is calling a SOAP endpoint.
 *
 * @param consumerId    the consumer's HSA-id, null when a plain-HTTP call named none
 * @param source        where the id came from
 * @param certificateId the id in the client certificate (the consumer itself, or the platform that forwarded the
 *                      call), null without a certificate
 */
public record CallerIdentity(String consumerId, Source source, String certificateId) {

    /** Where the consumer id came from. */
    public enum Source {
        /** The client certificate of the consumer itself. */
        CERTIFICATE,
        /** The original-consumer header of a trusted platform, which identified itself with its certificate. */
        TRUSTED_PLATFORM,
        /** The original-consumer header of a plain-HTTP call (development, or behind a TLS-terminating proxy). */
        HEADER,
        /** Nothing: a plain-HTTP call without the header. */
        NONE
    }
}
