package se.listning.domain.usecase;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import se.listning.domain.api.Answers;
import se.listning.domain.api.CareListingService;
import se.listning.domain.api.CreateListingCommand;
import se.listning.domain.api.Outcome;
import se.listning.domain.api.UpdateListingCommand;
import se.listning.domain.identity.Actor;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.port.Ports;
import se.listning.domain.port.RegionSettings;

/**
 * The seven contracts of one region, delegating to one use case each. The clock must be in Swedish
 * local time (Europe/Stockholm): all times are LocalDateTime.now(clock). The caller runs each call in
 * one database transaction and commits it also when the outcome is a refusal.
 */
public final class RegionListingService implements CareListingService {

    private final CatalogueQueries catalogue;
    private final ListingQueries listings;
    private final CreateListingUseCase createListing;
    private final UpdateListingUseCase updateListing;

    public RegionListingService(Ports ports, RegionSettings settings, Clock clock) {
        this.catalogue = new CatalogueQueries(ports, settings, clock);
        this.listings = new ListingQueries(ports, settings, clock);
        this.createListing = new CreateListingUseCase(ports, settings, clock);
        this.updateListing = new UpdateListingUseCase(ports, settings, clock);
    }

    @Override
    public Answers.ListingTypes listingTypes(Optional<PersonId> person, Optional<CountyCode> homeCounty) {
        return catalogue.listingTypes(person, homeCounty);
    }

    @Override
    public Answers.Facilities availableFacilities(Set<HsaId> facilities, Set<ListingTypeCode> listingTypes) {
        return catalogue.availableFacilities(facilities, listingTypes);
    }

    @Override
    public Answers.Personnel availablePersonnel(PersonId person, HsaId facility, Set<ListingTypeCode> listingTypes) {
        return catalogue.availablePersonnel(person, facility, listingTypes);
    }

    @Override
    public Answers.ListingCounties listingCounties(Actor actor, PersonId person) {
        return listings.listingCounties(actor, person);
    }

    @Override
    public Answers.Listings listings(Actor actor, PersonId person) {
        return listings.listings(actor, person);
    }

    @Override
    public Outcome createListing(CreateListingCommand command) {
        return createListing.execute(command);
    }

    @Override
    public Outcome updateListing(UpdateListingCommand command) {
        return updateListing.execute(command);
    }
}
