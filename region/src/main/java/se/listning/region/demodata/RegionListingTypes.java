package se.listning.region.demodata;

import java.util.List;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.ListingTypeCode;

/**
 * The listing types of a demo region: the national PV, a regional BVC (barnhälsovård, 0–6 years,
 * own residents only, in the region's own code system) and an inter-regional UM (ungdomsmottagning,
 * 13–25 years) shared with the neighbouring counties in the list order (previous and next), in a code
 * system the collaborating regions share.
 */
public final class RegionListingTypes {

    public static final String SHARED_CODE_SYSTEM = "urn:listning:samverkan:listningstyp";
    public static final int PV_MAX_RELISTINGS = 2;

    private RegionListingTypes() {
    }

    public static String regionalCodeSystem(CountyCode county) {
        return "urn:listning:region:" + county.code() + ":listningstyp";
    }

    public static ListingTypeCode pv() {
        return ListingTypeCode.PV;
    }

    public static ListingTypeCode bvc(CountyCode county) {
        return new ListingTypeCode("BVC", regionalCodeSystem(county));
    }

    public static ListingTypeCode um() {
        return new ListingTypeCode("UM", SHARED_CODE_SYSTEM);
    }

    public static List<ListingTypeCode> all(CountyCode county) {
        return List.of(pv(), bvc(county), um());
    }

    /** The regional types; PV itself comes with the schema (migration V4). */
    static void emit(CountyCode county, RowSink sink) {
        sink.row("BVC", regionalCodeSystem(county), "Barnhälsovård", "REGIONAL", 0, 6, 2, new String[0]);
        sink.row("UM", SHARED_CODE_SYSTEM, "Ungdomsmottagning", "INTER_REGIONAL", 13, 25, 2,
                new String[] {RegionIds.previous(county).code(), RegionIds.next(county).code()});
    }
}
