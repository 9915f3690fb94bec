package se.listning.platform.tak;

import java.util.List;
import se.listning.platform.routing.CarelistingContracts;
import se.listning.platform.routing.RoutingTable;

/**
 * TAK's GetLogicalAddresseesByServiceContract on our routing table: the logical addresses a consumer can reach
 * with a contract, i.e. those with a route for it and an {@code allow} rule for the consumer.
 */
public final class TakLookup {

    private TakLookup() {
    }

    /** The answer: the consumer as asked, the contract's responder namespace and the addressees, sorted. */
    public record Addressees(String serviceConsumer, String serviceContract, List<String> logicalAddressees) {
    }

    /**
     * @param serviceContract one of the seven contract names or its responder namespace
     * @throws IllegalArgumentException for any other contract, with the known ones in the message
     */
    public static Addressees lookup(RoutingTable table, String serviceConsumer, String serviceContract) {
        String namespace = namespaceOf(serviceContract);
        List<String> addressees = table.routedLogicalAddresses(namespace).stream()
                .filter(address -> table.isAuthorised(serviceConsumer, namespace, address))
                .toList();
        return new Addressees(serviceConsumer, namespace, addressees);
    }

    private static String namespaceOf(String serviceContract) {
        if (CarelistingContracts.isContractName(serviceContract)) {
            return CarelistingContracts.namespaceOf(serviceContract);
        }
        if (CarelistingContracts.contractNameOf(serviceContract).isPresent()) {
            return serviceContract;
        }
        throw new IllegalArgumentException("unknown serviceContract '" + serviceContract + "': expected one of "
                + String.join(", ", CarelistingContracts.NAMES) + " or its responder namespace "
                + CarelistingContracts.namespaceOf("<Contract>"));
    }
}
