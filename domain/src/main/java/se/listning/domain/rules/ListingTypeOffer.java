package se.listning.domain.rules;

import se.listning.domain.identity.CountyCode;
import se.listning.domain.model.ListingType;

/**
 * Which listing types a region offers to a person by home county (spec 1.7, 3.1, 5.3): its own
 * residents get every type; a resident of another county gets the national types, plus the
 * inter-regional types whose collaboration includes that county. Regional types never leave the region.
 */
public final class ListingTypeOffer {

    private ListingTypeOffer() {
    }

    public static boolean offeredTo(ListingType type, CountyCode homeCounty, CountyCode ownCounty) {
        if (homeCounty.equals(ownCounty)) {
            return true;
        }
        return switch (type.scope()) {
            case NATIONAL -> true;
            case INTER_REGIONAL -> type.collaboratingCounties().contains(homeCounty);
            case REGIONAL -> false;
        };
    }
}
