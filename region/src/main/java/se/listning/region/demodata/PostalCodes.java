package se.listning.region.demodata;

import java.util.Map;

/** Plausible first digits of postal codes per county, for synthetic addresses. */
final class PostalCodes {

    private static final Map<String, String> FIRST_TWO = Map.ofEntries(
            Map.entry("01", "1"), Map.entry("03", "74"), Map.entry("04", "64"), Map.entry("05", "59"),
            Map.entry("06", "56"), Map.entry("07", "35"), Map.entry("08", "38"), Map.entry("09", "62"),
            Map.entry("10", "37"), Map.entry("12", "2"), Map.entry("13", "30"), Map.entry("14", "4"),
            Map.entry("17", "6"), Map.entry("18", "70"), Map.entry("19", "72"), Map.entry("20", "7"),
            Map.entry("21", "8"), Map.entry("22", "8"), Map.entry("23", "83"), Map.entry("24", "9"),
            Map.entry("25", "9"));

    private PostalCodes() {
    }

    /** The first two digits of the municipality's postal codes (the third and the last two vary). */
    static String prefix(String county, int municipalityIndex) {
        String first = FIRST_TWO.getOrDefault(county, "1");
        return first.length() == 2 ? first : first + (1 + municipalityIndex % 9);
    }
}
