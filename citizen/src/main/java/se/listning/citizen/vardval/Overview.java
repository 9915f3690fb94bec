package se.listning.citizen.vardval;

import java.util.List;
import java.util.Optional;
import se.listning.domain.identity.CountyCode;

/**
 * The start page's picture of one person: listings and queue places per region, the regions that could not be
 * asked, and the relistings left (reported by the home region).
 *
 * @param homeUnavailable the home region could not say where the person is listed: the picture may be incomplete
 */
public record Overview(List<ListingView> listings, List<CountyCode> unavailable, boolean homeUnavailable,
                       Optional<Integer> remainingChanges) {

    public List<ListingView> active() {
        return listings.stream().filter(l -> !l.inQueue()).toList();
    }

    public List<ListingView> queued() {
        return listings.stream().filter(ListingView::inQueue).toList();
    }
}
