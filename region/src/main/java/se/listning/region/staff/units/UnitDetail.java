package se.listning.region.staff.units;

import java.util.List;
import se.listning.domain.identity.ListingTypeCode;

/**
 * A unit's page: addresses, settings and numbers. {@code cap} null = no cap; {@code types} are the listing
 * types offered (PV always among them) with the number listed per type.
 */
public record UnitDetail(String hsaId, String name, String municipality, String streetAddress, String postalCode,
                         String city, String phone, boolean listable, Integer cap, boolean offersQueue,
                         boolean supportsPersonnel, long doctors, long queued, List<TypeCount> types) {

    /** A listing type offered by the unit and how many are listed with it. */
    public record TypeCount(String code, String codeSystem, String name, long listed) {

        public String key() {
            return code + "|" + codeSystem;
        }
    }

    public UnitDetail {
        types = List.copyOf(types);
    }

    /** Listed with the PV type (the cap applies per type). */
    public long listedPv() {
        return types.stream().filter(t -> ListingTypeCode.PV.code().equals(t.code())
                        && ListingTypeCode.PV.codeSystem().equals(t.codeSystem()))
                .mapToLong(TypeCount::listed).sum();
    }

    public String address() {
        return String.join(", ", java.util.stream.Stream.of(streetAddress, join(postalCode, city))
                .filter(s -> s != null && !s.isBlank()).toList());
    }

    private static String join(String a, String b) {
        return ((a == null ? "" : a) + " " + (b == null ? "" : b)).trim();
    }
}
