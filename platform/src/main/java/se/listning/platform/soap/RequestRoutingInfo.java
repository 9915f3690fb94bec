package se.listning.platform.soap;

/**
 * What the platform needs from a request to route it, plus the bytes it had to read to get there.
 *
 * @param logicalAddress value of the urn:riv:itintegration:registry:1 LogicalAddress header, trimmed; null when absent
 * @param serviceNamespace namespace of the first element in soap:Body
 * @param consumedPrefix bytes already read from the request stream; they go to the producer first
 */
public record RequestRoutingInfo(String logicalAddress, String serviceNamespace, byte[] consumedPrefix) {
}
