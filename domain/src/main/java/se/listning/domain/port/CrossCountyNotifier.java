package se.listning.domain.port;

import java.util.Optional;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;

/**
 * Sends UpdateListing to another region. Implementations must be durable and transactional (an
 * outbox written in the same transaction, delivered after commit with retries): the domain never
 * waits on the network inside a transaction.
 */
public interface CrossCountyNotifier {

    void notifyUpdateListing(CountyCode receiver, PersonId person, CountyCode newListingCounty,
                             CountyCode homeCounty, Optional<ListingTypeCode> listingType);
}
