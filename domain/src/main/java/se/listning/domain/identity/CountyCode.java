package se.listning.domain.identity;

import java.util.Map;
import java.util.TreeMap;

/** A county (län) by its two-digit SCB code from kv/län (OID 1.2.752.129.2.2.1.18): one region each. */
public record CountyCode(String code) implements Comparable<CountyCode> {

    public static final String OID = "1.2.752.129.2.2.1.18";

    private static final Map<String, String> REGIONS = new TreeMap<>(Map.ofEntries(
            Map.entry("01", "Region Stockholm"), Map.entry("03", "Region Uppsala"),
            Map.entry("04", "Region Sörmland"), Map.entry("05", "Region Östergötland"),
            Map.entry("06", "Region Jönköpings län"), Map.entry("07", "Region Kronoberg"),
            Map.entry("08", "Region Kalmar län"), Map.entry("09", "Region Gotland"),
            Map.entry("10", "Region Blekinge"), Map.entry("12", "Region Skåne"),
            Map.entry("13", "Region Halland"), Map.entry("14", "Västra Götalandsregionen"),
            Map.entry("17", "Region Värmland"), Map.entry("18", "Region Örebro län"),
            Map.entry("19", "Region Västmanland"), Map.entry("20", "Region Dalarna"),
            Map.entry("21", "Region Gävleborg"), Map.entry("22", "Region Västernorrland"),
            Map.entry("23", "Region Jämtland Härjedalen"), Map.entry("24", "Region Västerbotten"),
            Map.entry("25", "Region Norrbotten")));

    public CountyCode {
        if (code == null || !REGIONS.containsKey(code)) {
            throw new InvalidIdentifierException("Okänd länskod '" + code + "'; förväntade en tvåsiffrig länskod (t.ex. 01, 20).");
        }
    }

    public static CountyCode of(String code) {
        return new CountyCode(code == null ? null : code.trim());
    }

    /** Parses an IIType: root must be the kv/län OID. */
    public static CountyCode of(String root, String extension) {
        if (root == null || !OID.equals(root.trim())) {
            throw new InvalidIdentifierException("Länskoden ska ha root " + OID + ".");
        }
        if (extension == null || extension.isBlank()) {
            throw new InvalidIdentifierException("Länskoden (extension) saknas.");
        }
        return of(extension);
    }

    public static boolean isValid(String code) {
        return code != null && REGIONS.containsKey(code.trim());
    }

    /** All 21 counties in code order. */
    public static java.util.List<CountyCode> all() {
        return REGIONS.keySet().stream().map(CountyCode::new).toList();
    }

    public String regionName() {
        return REGIONS.get(code);
    }

    @Override
    public int compareTo(CountyCode o) {
        return code.compareTo(o.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
