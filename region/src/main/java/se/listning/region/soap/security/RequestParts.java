package se.listning.region.soap.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import se.listning.contracts.carelisting.v2.ActorType;
import se.listning.contracts.carelisting.v2.IIType;
import se.listning.contracts.createlisting.CreateListingType;
import se.listning.contracts.getlisting.GetListingType;
import se.listning.contracts.getlistingcounty.GetListingCountyType;
import se.listning.contracts.updatelisting.UpdateListingType;
import se.listning.domain.identity.Actor;
import se.listning.domain.identity.InvalidIdentifierException;
import se.listning.domain.identity.PersonId;
import se.listning.region.soap.CarelistingContract;

/** What authorisation and its audit need from a request body: which contracts carry an actor, its type, the person. */
final class RequestParts {

    static final Set<CarelistingContract> WITH_ACTOR = EnumSet.of(CarelistingContract.CREATE_LISTING,
            CarelistingContract.GET_LISTING, CarelistingContract.GET_LISTING_COUNTY);

    private RequestParts() {
    }

    static boolean hasActor(CarelistingContract contract) {
        return WITH_ACTOR.contains(contract);
    }

    /** The actor type of a request body, empty for requests without actor (or an actor without type). */
    static Optional<se.listning.domain.identity.ActorType> actorType(Object request) {
        ActorType actor = actorElement(request);
        if (actor == null || actor.getActorType() == null) {
            return Optional.empty();
        }
        return Optional.of(se.listning.domain.identity.ActorType.valueOf(actor.getActorType().name()));
    }

    /** The actor, when the body has a well-formed one (for the audit only). */
    static Optional<Actor> actor(Object request) {
        ActorType actor = actorElement(request);
        if (actor == null || actor.getActorType() == null || actor.getActorId() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Actor.of(se.listning.domain.identity.ActorType.valueOf(actor.getActorType().name()),
                    actor.getActorId().getRoot(), actor.getActorId().getExtension()));
        } catch (InvalidIdentifierException e) {
            return Optional.empty();
        }
    }

    /** The person the request is about, when the body has a valid one (for the audit only). */
    static Optional<PersonId> person(Object request) {
        IIType id = null;
        if (request instanceof CreateListingType create) {
            id = create.getPersonId();
        } else if (request instanceof GetListingType get) {
            id = get.getPersonId();
        } else if (request instanceof GetListingCountyType county) {
            id = county.getPersonId();
        } else if (request instanceof UpdateListingType update) {
            id = update.getPersonId();
        }
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(PersonId.of(id.getRoot(), id.getExtension()));
        } catch (InvalidIdentifierException e) {
            return Optional.empty();
        }
    }

    private static ActorType actorElement(Object request) {
        if (request instanceof CreateListingType create) {
            return create.getActor();
        }
        if (request instanceof GetListingType get) {
            return get.getActor();
        }
        if (request instanceof GetListingCountyType county) {
            return county.getActor();
        }
        return null;
    }
}
