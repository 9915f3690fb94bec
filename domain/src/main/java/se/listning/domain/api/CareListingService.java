package se.listning.domain.api;

import java.util.Optional;
import java.util.Set;
import se.listning.domain.identity.Actor;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;

/**
 * The seven carelisting contracts as use cases of one region. SOAP responders translate contract
 * types to these calls and back; business outcomes come back as {@link Outcome}, never exceptions.
 * Technical failures (database down) are thrown and become SOAP faults at the edge.
 */
public interface CareListingService {

    /** GetListingTypes: all types when both arguments are empty, else the types valid for that citizen. */
    Answers.ListingTypes listingTypes(Optional<PersonId> person, Optional<CountyCode> homeCounty);

    /** GetAvailableHealthcareFacilities: empty filters mean no filter; unknown types are ignored. */
    Answers.Facilities availableFacilities(Set<HsaId> facilities, Set<ListingTypeCode> listingTypes);

    /** GetAvailableHealthcarePersonnel. */
    Answers.Personnel availablePersonnel(PersonId person, HsaId facility, Set<ListingTypeCode> listingTypes);

    /** GetListingCounty: answered by the home region. */
    Answers.ListingCounties listingCounties(Actor actor, PersonId person);

    /** GetListing. */
    Answers.Listings listings(Actor actor, PersonId person);

    /** CreateListing. */
    Outcome createListing(CreateListingCommand command);

    /** UpdateListing, producer side. */
    Outcome updateListing(UpdateListingCommand command);
}
