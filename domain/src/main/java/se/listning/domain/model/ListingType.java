package se.listning.domain.model;

import java.util.Set;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.ListingTypeCode;

/**
 * A listing type this region offers with its rules: age range (null = open), relisting cap per
 * rolling 12 months, and scope: NATIONAL (PV, offered to everyone), REGIONAL (own residents only),
 * INTER_REGIONAL (own residents and residents of {@code collaboratingCounties}).
 */
public record ListingType(
        ListingTypeCode code,
        String displayName,
        Scope scope,
        Integer minAge,
        Integer maxAge,
        int maxRelistings,
        Set<CountyCode> collaboratingCounties) {

    public enum Scope { NATIONAL, REGIONAL, INTER_REGIONAL }

    public ListingType {
        collaboratingCounties = Set.copyOf(collaboratingCounties);
    }
}
