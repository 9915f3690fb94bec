package se.listning.domain.port;

import java.util.List;
import java.util.Optional;
import se.listning.domain.api.Outcome;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;

/**
 * The other regions' listing systems, reached through the service platform by county code
 * (LogicalAddress). Never called inside a database transaction.
 */
public interface OtherRegions {

    /**
     * Sends UpdateListing to {@code receiver} and returns its business outcome (OK, ERROR,
     * ERROR_MAXIMUM_ANNUAL_UPDATES_EXCEEDED, ...).
     *
     * @throws RegionUnavailableException on a SOAP fault, timeout or transport error (resend later)
     */
    Outcome updateListing(CountyCode receiver, PersonId person, CountyCode newListingCounty,
                          CountyCode homeCounty, Optional<ListingTypeCode> listingType);

    /**
     * Asks the person's home region in which counties the person is listed (GetListingCounty,
     * actor REGION with this region's HSA-id).
     *
     * @throws RegionUnavailableException on a SOAP fault, timeout or transport error
     */
    List<CountyCode> listingCounties(CountyCode homeCounty, PersonId person);

    /**
     * Asks the region of {@code county} whether the person has an active listing (not a queue place) of the
     * type at one of its facilities (GetListing, actor REGION with this region's HSA-id).
     *
     * @throws RegionUnavailableException on a SOAP fault, timeout, transport error or an ERROR answer
     */
    boolean isListedIn(CountyCode county, PersonId person, ListingTypeCode type);

    /** The receiving region could not be reached or answered with a technical fault. */
    class RegionUnavailableException extends RuntimeException {
        public RegionUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
