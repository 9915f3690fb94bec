package se.listning.citizen.web;

import java.util.regex.Pattern;
import se.listning.citizen.platform.ConnectedRegions;
import se.listning.citizen.vardval.ListingTypeKey;
import se.listning.domain.identity.CountyCode;

/** Parses the values pages pass in links and forms; anything malformed is a {@link BadRequestException}. */
final class Params {

    private static final Pattern HSA_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{1,63}");

    private Params() {
    }

    static CountyCode region(String code) {
        if (!CountyCode.isValid(code)) {
            throw new BadRequestException("Okänd region.");
        }
        return CountyCode.of(code);
    }

    /** A region that is connected to the platform (only those can be chosen). */
    static CountyCode connectedRegion(String code, ConnectedRegions connected) {
        CountyCode region = region(code);
        if (!connected.current().contains(region)) {
            throw new BadRequestException(region.regionName() + " är inte ansluten till e-tjänsten.");
        }
        return region;
    }

    static String hsaId(String value) {
        if (value == null || !HSA_ID.matcher(value).matches()) {
            throw new BadRequestException("Okänd mottagning.");
        }
        return value;
    }

    static ListingTypeKey type(String value) {
        try {
            return value == null || value.isBlank() ? ListingTypeKey.PV : ListingTypeKey.parse(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Okänd typ av vårdval.");
        }
    }
}
