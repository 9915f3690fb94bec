package se.listning.region.soap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the SOAP edge, prefix {@code listning.soap}. The contracts' largest honest request is a few
 * kilobytes, so the defaults are generous for real traffic and small for an attacker.
 *
 * @param maxRequestBytes  largest accepted request body (declared or streamed)
 * @param maxElementDepth  deepest XML nesting accepted
 * @param maxChildElements most children of one element
 * @param maxElementCount  most elements in one request
 * @param maxTextLength    longest text node
 * @param maxAttributeCount most attributes on one element
 * @param maxAttributeSize longest attribute value
 */
@ConfigurationProperties("listning.soap")
public record SoapProperties(
        @DefaultValue("1048576") long maxRequestBytes,
        @DefaultValue("40") int maxElementDepth,
        @DefaultValue("2000") int maxChildElements,
        @DefaultValue("20000") int maxElementCount,
        @DefaultValue("65536") int maxTextLength,
        @DefaultValue("50") int maxAttributeCount,
        @DefaultValue("4096") int maxAttributeSize) {
}
