package se.listning.region.soap.security;

import java.util.List;
import se.listning.domain.identity.ActorType;
import se.listning.region.soap.CarelistingContract;

/** The per-contract authorisation table of the SOAP endpoints: a call is allowed when any row allows it. */
public record AuthorisationTable(String source, List<AuthorisationRule> rules) {

    public AuthorisationTable {
        rules = List.copyOf(rules);
    }

    /** {@code consumerId} null = a call without any identity; {@code actorType} null = a contract without actor. */
    public boolean allows(String consumerId, CarelistingContract contract, ActorType actorType) {
        return rules.stream().anyMatch(rule -> rule.allows(consumerId, contract, actorType));
    }

    /** Whether any row names calls without identity (the built-in development default does). */
    public boolean allowsUnidentified() {
        return rules.stream().anyMatch(rule -> rule.consumer().equals(AuthorisationRule.UNIDENTIFIED));
    }
}
