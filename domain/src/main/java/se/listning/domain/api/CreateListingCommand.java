package se.listning.domain.api;

import java.util.Objects;
import java.util.Optional;
import se.listning.domain.identity.Actor;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;

/**
 * CreateListing as the domain sees it. {@code addressedCounty} is the LogicalAddress the request
 * came to (already checked to be this region's county).
 */
public record CreateListingCommand(
        Actor actor,
        PersonId person,
        HsaId facility,
        ListingTypeCode listingType,
        Optional<HsaId> doctor,
        boolean addToQueue,
        Optional<CountyCode> homeCounty,
        Optional<CountyCode> newListingCounty,
        CountyCode addressedCounty) {

    public CreateListingCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(facility, "facility");
        Objects.requireNonNull(listingType, "listingType");
        Objects.requireNonNull(doctor, "doctor");
        Objects.requireNonNull(homeCounty, "homeCounty");
        Objects.requireNonNull(newListingCounty, "newListingCounty");
        Objects.requireNonNull(addressedCounty, "addressedCounty");
    }
}
