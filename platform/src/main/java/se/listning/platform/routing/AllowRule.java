package se.listning.platform.routing;

import java.util.Locale;

/**
 * One authorisation entry (TAK "anropsbehörighet"): this consumer may call this contract at this logical address.
 * HSA-ids are compared case-insensitively, as HSA-ids are.
 */
public record AllowRule(String consumerHsaId, String serviceNamespace, String logicalAddress, int line) {

    public static final String ANY = "*";

    public AllowRule {
        consumerHsaId = consumerHsaId.toUpperCase(Locale.ROOT);
    }

    public boolean permits(String consumer, String namespace, String address) {
        return consumerHsaId.equals(consumer.toUpperCase(Locale.ROOT))
                && (ANY.equals(serviceNamespace) || serviceNamespace.equals(namespace))
                && (ANY.equals(logicalAddress) || logicalAddress.equals(address));
    }
}
