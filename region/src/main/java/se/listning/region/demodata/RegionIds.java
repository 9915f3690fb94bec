package se.listning.region.demodata;

import java.time.LocalDate;
import java.util.List;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.PersonId;

/**
 * Deterministic identifiers of a county's demo data.
 *
 * <p>HSA-ids follow the regions' pattern {@code SE<organisation number>-<suffix>}. The organisation
 * number is derived: {@code 232100} + the county's ordinal (1..21, in county-code order) as three
 * digits + Luhn digit. For 01 this gives 2321000016, Region Stockholm's real number; the others
 * merely look alike.
 *
 * <p>Birth numbers (the NNN of YYYYMMDD-NNNC) are partitioned so ids never collide: generated
 * residents 000–799, generated visitors 800–899, catalogue personas 900–941 (900 + 2 × ordinal +
 * gender digit), which also keeps personas of different counties apart.
 */
public final class RegionIds {

    public static final int RESIDENT_SERIALS = 400;   // per birth date and sex: NNN 000..799
    public static final int VISITOR_SERIAL_BASE = 400; // NNN 800..899
    public static final int VISITOR_SERIALS = 50;

    private static final List<String> COUNTIES = List.of("01", "03", "04", "05", "06", "07", "08", "09", "10",
            "12", "13", "14", "17", "18", "19", "20", "21", "22", "23", "24", "25");

    private RegionIds() {
    }

    public static List<String> counties() {
        return COUNTIES;
    }

    /** 1..21 in county-code order. */
    public static int ordinal(CountyCode county) {
        return COUNTIES.indexOf(county.code()) + 1;
    }

    public static CountyCode next(CountyCode county) {
        return CountyCode.of(COUNTIES.get(ordinal(county) % COUNTIES.size()));
    }

    public static CountyCode previous(CountyCode county) {
        return CountyCode.of(COUNTIES.get((ordinal(county) + COUNTIES.size() - 2) % COUNTIES.size()));
    }

    public static String organisationNumber(CountyCode county) {
        String nine = "232100" + threeDigits(ordinal(county));
        return nine + PersonId.checkDigit(nine);
    }

    /** e.g. "SE2321000016". */
    public static String hsaPrefix(CountyCode county) {
        return "SE" + organisationNumber(county);
    }

    /**
     * A 12-digit personnummer/samordningsnummer with a valid check digit.
     *
     * @param serial birth number NNN, 0..999; its last digit is odd for men, even for women
     */
    public static String personId(LocalDate birth, boolean coordination, int serial) {
        int year = birth.getYear();
        int month = birth.getMonthValue();
        int day = birth.getDayOfMonth() + (coordination ? 60 : 0);
        char[] c = new char[12];
        c[0] = digit(year / 1000);
        c[1] = digit(year / 100);
        c[2] = digit(year / 10);
        c[3] = digit(year);
        c[4] = digit(month / 10);
        c[5] = digit(month);
        c[6] = digit(day / 10);
        c[7] = digit(day);
        c[8] = digit(serial / 100);
        c[9] = digit(serial / 10);
        c[10] = digit(serial);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = c[i + 2] - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        c[11] = digit((10 - sum % 10) % 10);
        return new String(c);
    }

    /** Serial for a catalogue persona: 900 + 2 × county ordinal + (1 for men, 0 for women). */
    public static int personaSerial(CountyCode county, boolean male) {
        return 900 + 2 * ordinal(county) + (male ? 1 : 0);
    }

    static String threeDigits(int n) {
        return "" + digit(n / 100) + digit(n / 10) + digit(n);
    }

    private static char digit(int n) {
        return (char) ('0' + Math.floorMod(n, 10));
    }
}
