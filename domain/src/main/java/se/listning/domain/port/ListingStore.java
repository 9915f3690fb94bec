package se.listning.domain.port;

import java.time.LocalDateTime;
import java.util.List;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.Listing;
import se.listning.domain.model.ListingReason;
import se.listning.domain.model.NewListing;

/**
 * Listings with full history: ending a listing sets its end time and reason, nothing is deleted.
 * The database guarantees at most one active listing per person and listing type.
 */
public interface ListingStore {

    /** The person's active listings (own facilities and "listed in another region" records). */
    List<Listing> active(PersonId person);

    Listing start(NewListing listing);

    void end(long listingId, LocalDateTime at, ListingReason reason);

    /** Sets or clears (null) the fast läkarkontakt of an active listing, keeping history. */
    void changeDoctor(long listingId, HsaId doctor, LocalDateTime at);
}
