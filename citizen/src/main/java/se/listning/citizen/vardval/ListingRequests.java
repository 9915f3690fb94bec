package se.listning.citizen.vardval;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import se.listning.citizen.platform.CarelistingPlatform;
import se.listning.citizen.platform.RegionUnavailableException;
import se.listning.contracts.carelisting.v2.ResultCodeEnum;
import se.listning.contracts.createlisting.CreateListingResponseType;
import se.listning.contracts.createlisting.CreateListingType;
import se.listning.domain.identity.CountyCode;

/**
 * Sends the resident's request as one CreateListing to the region of the unit, with the actor (CITIZEN, or
 * GUARDIAN for a child), the home county and the new listing county always stated (flows 2–7), and turns the
 * answer into a {@link Receipt}. After an OK it reads the listing back so the receipt says whether the person
 * is listed or queued.
 */
@Service
public class ListingRequests {

    private static final Logger log = LoggerFactory.getLogger(ListingRequests.class);

    private final CarelistingPlatform platform;

    public ListingRequests(CarelistingPlatform platform) {
        this.platform = platform;
    }

    public Receipt send(Acting acting, ListingRequest request) {
        CreateListingType create = new CreateListingType();
        create.setActor(acting.actor().contractActorType());
        create.setPersonId(CarelistingPlatform.ii(acting.personId().root(), acting.personId().value()));
        create.setHealthcareFacilityHSAId(request.unitHsaId());
        create.setListingType(request.type().toCv());
        request.doctorHsaId().ifPresent(create::setHealthcarePersonnel);
        create.setAddToQueue(request.addToQueue());
        create.setHomeCounty(CarelistingPlatform.ii(CountyCode.OID, acting.homeCounty().code()));
        create.setNewListingCounty(CarelistingPlatform.ii(CountyCode.OID, request.region().code()));
        CreateListingResponseType answer;
        try {
            answer = platform.createListing(request.region(), create);
        } catch (RegionUnavailableException e) {
            return ResultMessages.unavailable(request, acting, e.maybeApplied());
        }
        log.info("CreateListing {} for {} at {} in {}: {}", request.intent(), acting.personId().masked(),
                request.unitHsaId(), request.region().code(), answer.getResultCode());
        boolean queued = answer.getResultCode() == ResultCodeEnum.OK && request.intent() == ListingRequest.Intent.CHOOSE
                && request.addToQueue() && isQueued(acting, request);
        return ResultMessages.receipt(answer.getResultCode(), answer.getResultText(), request, acting, queued);
    }

    /** Whether the person now holds a queue place (not a listing) at the unit; false when that cannot be read. */
    private boolean isQueued(Acting acting, ListingRequest request) {
        try {
            return platform.listing(request.region(), acting.actor(), acting.personId()).getListings().stream()
                    .filter(l -> l.getHealthcareFacility() != null
                            && request.unitHsaId().equalsIgnoreCase(l.getHealthcareFacility().getId())
                            && request.type().matches(l.getListingType()))
                    .anyMatch(l -> l.isIsInQueue());
        } catch (RegionUnavailableException e) {
            return false;
        }
    }
}
