package se.listning.domain.api;

import java.util.Objects;
import java.util.Optional;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;

/** UpdateListing received from another region: a cross-county listing was made, moved or ended. */
public record UpdateListingCommand(
        PersonId person,
        CountyCode newListingCounty,
        CountyCode homeCounty,
        Optional<ListingTypeCode> listingType) {

    public UpdateListingCommand {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(newListingCounty, "newListingCounty");
        Objects.requireNonNull(homeCounty, "homeCounty");
        Objects.requireNonNull(listingType, "listingType");
    }
}
