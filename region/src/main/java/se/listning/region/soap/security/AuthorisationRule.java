package se.listning.region.soap.security;

import java.util.Locale;
import java.util.Set;
import se.listning.domain.identity.ActorType;
import se.listning.region.soap.CarelistingContract;

/**
 * One row of the authorisation table: which consumer may call which contracts with which actor types.
 *
 * @param consumer   an HSA-id (case-insensitive), a prefix ending in {@code *} ({@code SE-REGION-*}), {@code *}
 *                   (any identified consumer) or {@code -} (a call that names no consumer, possible only over plain
 *                   HTTP)
 * @param contracts  the contracts the row covers
 * @param actorTypes the actor types allowed for contracts that carry an actor
 * @param actorless  whether the row covers contracts without an actor element (actor column {@code *} or {@code -})
 * @param line       the row's line number in its file, for messages
 */
public record AuthorisationRule(String consumer, Set<CarelistingContract> contracts, Set<ActorType> actorTypes,
                                boolean actorless, int line) {

    /** The consumer column value for calls without any consumer identity. */
    public static final String UNIDENTIFIED = "-";

    public AuthorisationRule {
        consumer = consumer.toUpperCase(Locale.ROOT);
        contracts = Set.copyOf(contracts);
        actorTypes = Set.copyOf(actorTypes);
    }

    /** Whether this row allows the call. {@code consumerId} null = unidentified; {@code actorType} null = no actor. */
    public boolean allows(String consumerId, CarelistingContract contract, ActorType actorType) {
        return matchesConsumer(consumerId) && contracts.contains(contract)
                && (actorType == null ? actorless : actorTypes.contains(actorType));
    }

    boolean matchesConsumer(String consumerId) {
        if (consumerId == null) {
            return consumer.equals(UNIDENTIFIED);
        }
        String id = consumerId.toUpperCase(Locale.ROOT);
        if (consumer.equals("*")) {
            return true;
        }
        if (consumer.endsWith("*")) {
            return id.startsWith(consumer.substring(0, consumer.length() - 1));
        }
        return consumer.equals(id);
    }
}
