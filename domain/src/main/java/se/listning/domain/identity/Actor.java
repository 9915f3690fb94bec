package se.listning.domain.identity;

import java.util.Objects;
import java.util.Optional;

/**
 * The actor of a request: a citizen or guardian (identified by person id) or an organisation
 * (identified by HSA-id). Exactly one of {@code person} and {@code organisation} is present.
 */
public record Actor(ActorType type, PersonId person, HsaId organisation) {

    public Actor {
        Objects.requireNonNull(type, "type");
        if (type.isPerson() && person == null) {
            throw new InvalidIdentifierException("Aktören " + type + " ska identifieras med personnummer eller samordningsnummer.");
        }
        if (!type.isPerson() && organisation == null) {
            throw new InvalidIdentifierException("Aktören " + type + " ska identifieras med HSA-id (root " + HsaId.OID + ").");
        }
    }

    public static Actor citizen(PersonId person) {
        return new Actor(ActorType.CITIZEN, person, null);
    }

    public static Actor guardian(PersonId guardian) {
        return new Actor(ActorType.GUARDIAN, guardian, null);
    }

    public static Actor organisation(ActorType type, HsaId hsaId) {
        return new Actor(type, null, hsaId);
    }

    /** Parses the contract's actor: actorId root/extension + actorType. */
    public static Actor of(ActorType type, String root, String extension) {
        Objects.requireNonNull(type, "type");
        if (type.isPerson()) {
            return new Actor(type, PersonId.of(root, extension), null);
        }
        if (root == null || !HsaId.OID.equals(root.trim())) {
            throw new InvalidIdentifierException("Aktören " + type + " ska ha actorId med root " + HsaId.OID + ".");
        }
        return new Actor(type, null, HsaId.of(extension));
    }

    public Optional<PersonId> personId() {
        return Optional.ofNullable(person);
    }

    /** The identifier as text, for audit records (person ids are stored, never logged). */
    public String idValue() {
        return person != null ? person.value() : organisation.value();
    }
}
