package se.listning.domain.usecase;

import java.util.Optional;
import se.listning.domain.api.Outcome;
import se.listning.domain.api.UpdateListingCommand;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.port.OtherRegions;
import se.listning.domain.port.Ports;
import se.listning.domain.port.RegionSettings;
import se.listning.domain.rules.ListingRule;

/**
 * Refuses a stale UpdateListing at the home region (RELIABILITY.md, "a stale notice"): before "listed in X"
 * replaces a record "listed in Y" (Y another region than X), region X is asked whether the person is listed
 * there. UpdateListing carries no time, so X's own answer is the only way to tell a replayed or resent old
 * notice from a new one. Runs before, and outside, the UpdateListing transaction (the port's rule); if X cannot
 * be asked, {@link OtherRegions.RegionUnavailableException} propagates and the caller answers with a
 * soap:Server fault, which makes the sender resend later (spec 6.2), instead of recording what may be stale.
 */
public final class StaleNoticeCheck {

    private final Ports ports;
    private final CountyCode own;
    private final OtherRegions otherRegions;

    public StaleNoticeCheck(Ports ports, RegionSettings settings, OtherRegions otherRegions) {
        this.ports = ports;
        this.own = settings.county();
        this.otherRegions = otherRegions;
    }

    /** The ERROR to answer if the notice is stale; empty if it may go on to {@link UpdateListingUseCase}. */
    public Optional<Outcome> refusal(UpdateListingCommand cmd) {
        CountyCode listingCounty = cmd.newListingCounty();
        if (!cmd.homeCounty().equals(own) || listingCounty.equals(own)) {
            return Optional.empty();
        }
        ListingTypeCode type = cmd.listingType().orElse(ListingTypeCode.PV);
        boolean listedInThirdRegion = ports.listings().active(cmd.person()).stream()
                .filter(l -> l.listingType().code().equals(type.code()))
                .anyMatch(l -> l.isElsewhere() && !l.listingCounty().equals(listingCounty)
                        && !l.listingCounty().equals(own));
        if (!listedInThirdRegion || otherRegions.isListedIn(listingCounty, cmd.person(), type)) {
            return Optional.empty();
        }
        return Optional.of(ListingRule.UPDATE_STALE_NOTICE.outcome(listingCounty.regionName(), listingCounty.code()));
    }
}
