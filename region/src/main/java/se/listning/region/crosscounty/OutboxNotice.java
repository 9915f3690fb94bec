package se.listning.region.crosscounty;

import java.time.LocalDateTime;
import java.util.Optional;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;

/** One UpdateListing notice of outbox_update_listing as claimed for delivery. */
public record OutboxNotice(
        long id,
        CountyCode receiver,
        PersonId person,
        CountyCode newListingCounty,
        CountyCode homeCounty,
        Optional<ListingTypeCode> listingType,
        LocalDateTime createdAt,
        int attempts,
        Origin origin) {

    /** LISTING: written by a listing transaction; SYNC: written by the synchronisation job. */
    public enum Origin { LISTING, SYNC }

    /** The listing type the notice is about: the national type when none is named. */
    public ListingTypeCode typeOrPv() {
        return listingType.orElse(ListingTypeCode.PV);
    }

    /** Our notice to a visitor's home region that the visitor listed with us (flows 7, 11a, 11b). */
    public boolean announcesOurListing(CountyCode own) {
        return newListingCounty.equals(own) && receiver.equals(homeCounty) && !homeCounty.equals(own);
    }
}
