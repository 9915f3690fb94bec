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
 * came to (already checked to be this region's county). {@code signedPaperForm} is set only by the
 * staff tool when staff register a listing from a form the citizen signed (flow 10, spec 5.14): the
 * organisation actor (the staff member's or the unit's HSA-id) is then allowed whatever
 * {@code organisationActorsMayCreate} says, and the listing's source is {@value #PAPER_FORM_SOURCE}.
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
        CountyCode addressedCounty,
        boolean signedPaperForm) {

    /** The listing source recorded for a registration from a signed paper form. */
    public static final String PAPER_FORM_SOURCE = "Blankett";

    /** A CreateListing request through the contract (never a paper form). */
    public CreateListingCommand(Actor actor, PersonId person, HsaId facility, ListingTypeCode listingType,
                                Optional<HsaId> doctor, boolean addToQueue, Optional<CountyCode> homeCounty,
                                Optional<CountyCode> newListingCounty, CountyCode addressedCounty) {
        this(actor, person, facility, listingType, doctor, addToQueue, homeCounty, newListingCounty, addressedCounty,
                false);
    }

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
