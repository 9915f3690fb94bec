package se.listning.region.population;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.InvalidIdentifierException;
import se.listning.domain.identity.PersonId;

/**
 * Reads feed format v1 (see docs/population-register.md) and checks everything that can be checked
 * without the database: header, every change line, duplicates, and the trailer's row count and
 * SHA-256. Collects every problem instead of stopping at the first, so the sender gets one full list.
 */
public final class FeedParser {

    public static final String MAGIC = "LISTNING-FOLKBOKFORING";
    public static final String VERSION = "v1";
    private static final Pattern FEED_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern MUNICIPALITY = Pattern.compile("[0-9]{4}");
    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int MAX_FIELD = 200;

    /**
     * The parse outcome. {@code feed} is null only when the header is unreadable; with problems it
     * holds the header and the lines that could be read, and must not be applied.
     */
    public record Result(PopulationFeed feed, List<FeedProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Result parse(InputStream in) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        List<FeedProblem> problems = new ArrayList<>();
        List<FeedChange> changes = new ArrayList<>();
        MessageDigest sha = sha256();
        Map<String, Integer> seen = new HashMap<>();
        Header header = null;
        String trailer = null;
        int trailerLine = 0;
        int changeLines = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1) {
                    header = header(line.startsWith("\uFEFF") ? line.substring(1) : line, problems);
                    continue;
                }
                if (trailer != null) {
                    problems.add(new FeedProblem(number, "text efter END-raden"));
                    break;
                }
                if (line.startsWith("END")) {
                    trailer = line;
                    trailerLine = number;
                    continue;
                }
                changeLines++;
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
                Integer earlier = seen.putIfAbsent(line, number);
                if (earlier != null) {
                    problems.add(new FeedProblem(number, "dubblett av rad " + earlier));
                    continue;
                }
                FeedChange change = change(number, line, header, problems);
                if (change != null) {
                    changes.add(change);
                }
            }
            if (number == 0) {
                problems.add(new FeedProblem(0, "filen är tom"));
            }
        } catch (CharacterCodingException e) {
            problems.add(new FeedProblem(0, "filen är inte giltig UTF-8"));
        }
        String checksum = HexFormat.of().formatHex(sha.digest());
        if (trailer == null) {
            problems.add(new FeedProblem(0, "END-raden saknas: filen är avkortad eller ofullständig"));
        } else {
            trailer(trailerLine, trailer, changeLines, checksum, problems);
        }
        if (header == null) {
            return new Result(null, List.copyOf(problems));
        }
        return new Result(new PopulationFeed(header.county, header.feedId, header.created, changes, checksum),
                List.copyOf(problems));
    }

    private record Header(CountyCode county, String feedId, LocalDateTime created) {
    }

    private static Header header(String line, List<FeedProblem> problems) {
        String[] t = line.trim().split(" +");
        if (t.length != 5 || !MAGIC.equals(t[0])) {
            problems.add(new FeedProblem(1, "rubrikraden ska vara '" + MAGIC + " v1 <län> <leverans-id> <skapad>'"));
            return null;
        }
        int before = problems.size();
        if (!VERSION.equals(t[1])) {
            problems.add(new FeedProblem(1, "okänd formatversion '" + shorten(t[1]) + "' (endast v1 stöds)"));
        }
        if (!CountyCode.isValid(t[2])) {
            problems.add(new FeedProblem(1, "ogiltig länskod '" + shorten(t[2]) + "'"));
        }
        if (!FEED_ID.matcher(t[3]).matches()) {
            problems.add(new FeedProblem(1, "ogiltigt leverans-id (1–64 tecken A–Z, a–z, 0–9, . _ -)"));
        }
        LocalDateTime created = null;
        try {
            created = LocalDateTime.parse(t[4]);
        } catch (DateTimeParseException e) {
            problems.add(new FeedProblem(1, "ogiltig tidpunkt '" + shorten(t[4]) + "' (yyyy-MM-ddTHH:mm:ss)"));
        }
        return problems.size() == before ? new Header(CountyCode.of(t[2]), t[3], created) : null;
    }

    private static void trailer(int number, String line, int changeLines, String checksum, List<FeedProblem> problems) {
        String[] t = line.trim().split(" +");
        if (t.length != 3 || !"END".equals(t[0])) {
            problems.add(new FeedProblem(number, "slutraden ska vara 'END <antal rader> <sha-256>'"));
            return;
        }
        try {
            int count = Integer.parseInt(t[1]);
            if (count != changeLines) {
                problems.add(new FeedProblem(number, "END anger " + count + " ändringsrader men filen har " + changeLines));
            }
        } catch (NumberFormatException e) {
            problems.add(new FeedProblem(number, "ogiltigt antal rader '" + shorten(t[1]) + "'"));
        }
        if (!SHA256.matcher(t[2]).matches()) {
            problems.add(new FeedProblem(number, "kontrollsumman ska vara 64 hexadecimala tecken (gemener)"));
        } else if (!t[2].equals(checksum)) {
            problems.add(new FeedProblem(number, "kontrollsumman stämmer inte med ändringsraderna"));
        }
    }

    private static FeedChange change(int number, String line, Header header, List<FeedProblem> problems) {
        String[] f = line.split(";", -1);
        ChangeType type;
        try {
            type = ChangeType.valueOf(f[0]);
        } catch (IllegalArgumentException e) {
            problems.add(new FeedProblem(number, "okänd ändringstyp '" + shorten(f[0]) + "'"));
            return null;
        }
        if (f.length != type.fields()) {
            problems.add(new FeedProblem(number, type + " ska ha " + type.fields() + " fält men har " + f.length));
            return null;
        }
        Fields fields = new Fields(number, f, header, problems);
        FeedChange change = switch (type) {
            case NEW_RESIDENT -> new FeedChange.NewResident(number, fields.person(1), fields.names(3),
                    fields.address(2, 5), fields.guardians(8));
            case MOVED_WITHIN -> new FeedChange.MovedWithin(number, fields.person(1), fields.address(2, 3));
            case MOVED_OUT -> new FeedChange.MovedOut(number, fields.person(1), fields.otherCounty(2));
            case MOVED_IN -> new FeedChange.MovedIn(number, fields.person(1), fields.otherCounty(2), fields.names(4),
                    fields.address(3, 6), fields.guardians(9));
            case DECEASED -> new FeedChange.Deceased(number, fields.person(1), fields.date(2));
            case PROTECTED_IDENTITY -> new FeedChange.ProtectedIdentity(number, fields.person(1), fields.onOff(2));
            case GUARDIANS -> new FeedChange.Guardians(number, fields.person(1), fields.guardians(2));
            case ID_REPLACED -> new FeedChange.IdReplaced(number, fields.person(1), fields.personnummer(2));
        };
        return fields.ok ? change : null;
    }

    /** Field readers that record a problem (and mark the line bad) instead of throwing. */
    private static final class Fields {
        private final int line;
        private final String[] f;
        private final Header header;
        private final List<FeedProblem> problems;
        private boolean ok = true;

        Fields(int line, String[] f, Header header, List<FeedProblem> problems) {
            this.line = line;
            this.f = f;
            this.header = header;
            this.problems = problems;
            for (int i = 1; i < f.length; i++) {
                if (f[i].length() > MAX_FIELD) {
                    fail("fält " + (i + 1) + " är längre än " + MAX_FIELD + " tecken");
                }
            }
        }

        private void fail(String reason) {
            if (ok) {
                problems.add(new FeedProblem(line, reason));
            }
            ok = false;
        }

        PersonId person(int i) {
            return personId(f[i], "person-id");
        }

        private PersonId personId(String value, String what) {
            if (value.length() == 12 && value.chars().allMatch(Character::isDigit)) {
                try {
                    return PersonId.parse(value);
                } catch (InvalidIdentifierException e) {
                    // reported below
                }
            }
            fail("ogiltigt " + what + " '" + mask(value) + "'");
            return null;
        }

        PersonId personnummer(int i) {
            PersonId id = personId(f[i], "nytt person-id");
            if (id != null && id.kind() != PersonId.Kind.PERSONNUMMER) {
                fail("det nya id:t ska vara ett personnummer");
            }
            return id;
        }

        List<PersonId> guardians(int i) {
            if (f[i].isEmpty()) {
                return List.of();
            }
            List<PersonId> list = new ArrayList<>();
            for (String g : f[i].split(",", -1)) {
                PersonId id = personId(g.trim(), "vårdnadshavar-id");
                if (id != null) {
                    list.add(id);
                }
            }
            if (list.size() > 2) {
                fail("högst två vårdnadshavare");
            }
            return List.copyOf(list);
        }

        FeedChange.Names names(int i) {
            if (f[i].isBlank() || f[i + 1].isBlank()) {
                fail("förnamn och efternamn krävs");
            }
            return new FeedChange.Names(f[i].trim(), f[i + 1].trim());
        }

        /** municipality at {@code m}, street/postal code/city from {@code a}. */
        FeedChange.Address address(int m, int a) {
            String municipality = f[m];
            if (!MUNICIPALITY.matcher(municipality).matches()) {
                fail("ogiltig kommunkod '" + shorten(municipality) + "'");
            } else if (header != null && !municipality.startsWith(header.county.code())) {
                fail("kommun " + municipality + " ligger inte i län " + header.county.code());
            }
            if (!f[a + 1].isEmpty() && !POSTAL_CODE.matcher(f[a + 1]).matches()) {
                fail("ogiltigt postnummer '" + shorten(f[a + 1]) + "'");
            }
            return new FeedChange.Address(municipality, f[a].trim(), f[a + 1], f[a + 2].trim());
        }

        CountyCode otherCounty(int i) {
            if (!CountyCode.isValid(f[i])) {
                fail("ogiltig länskod '" + shorten(f[i]) + "'");
                return null;
            }
            if (header != null && header.county.code().equals(f[i])) {
                fail("länet " + f[i] + " är det egna länet");
            }
            return CountyCode.of(f[i]);
        }

        LocalDate date(int i) {
            try {
                return LocalDate.parse(f[i]);
            } catch (DateTimeParseException e) {
                fail("ogiltigt datum '" + shorten(f[i]) + "' (yyyy-MM-dd)");
                return null;
            }
        }

        boolean onOff(int i) {
            if (!"ON".equals(f[i]) && !"OFF".equals(f[i])) {
                fail("skyddad identitet ska vara ON eller OFF");
            }
            return "ON".equals(f[i]);
        }
    }

    /** Problem texts are printed and downloaded: never a full personnummer in them. */
    private static String mask(String value) {
        if (value.length() >= 8 && value.chars().allMatch(Character::isDigit)) {
            return value.substring(0, 8) + "-****";
        }
        return shorten(value);
    }

    /** At most 40 characters, and any run of ten or more digits (a personnummer run together with text) masked after its 8th. */
    private static String shorten(String value) {
        String cut = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return cut.replaceAll("(?<!\\d)(\\d{8})[-+]?\\d{2,}", "$1-****");
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
