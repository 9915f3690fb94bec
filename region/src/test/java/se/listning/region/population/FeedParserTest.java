package se.listning.region.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.listning.domain.identity.PersonId;

class FeedParserTest {

    static final String ADULT = "198001019804";
    static final String MOTHER = "198202029800";
    static final String CHILD = "202611209806";
    static final String COORDINATION = "196812739032";
    static final String PERSONNUMMER = "196812139019";
    /** One valid line of each change type, in {@link ChangeType} order. */
    static final List<String> EVERY_CHANGE_TYPE = List.of(
            "NEW_RESIDENT;" + CHILD + ";0180;Ella;Åström;Storgatan 1;11122;Stockholm;" + ADULT + "," + MOTHER,
            "MOVED_WITHIN;" + ADULT + ";0182;Nya vägen 2;13130;Nacka",
            "MOVED_OUT;" + MOTHER + ";20",
            "MOVED_IN;199001019802;20;0180;Anna;Ek;Gatan 3;11122;Stockholm;",
            "DECEASED;195001019800;2026-12-01",
            "PROTECTED_IDENTITY;" + ADULT + ";ON",
            "GUARDIANS;" + CHILD + ";" + MOTHER,
            "ID_REPLACED;" + COORDINATION + ";" + PERSONNUMMER);

    private static String feed(String... lines) throws IOException {
        StringWriter text = new StringWriter();
        try (FeedWriter writer = new FeedWriter(text, "01", "PU-2026-001", LocalDateTime.of(2026, 12, 6, 4, 0))) {
            for (String line : lines) {
                writer.line(line);
            }
        }
        return text.toString();
    }

    private static FeedParser.Result parse(String text) throws IOException {
        return new FeedParser().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsEveryChangeTypeOfAValidFeed() throws IOException {
        FeedParser.Result result = parse(feed(EVERY_CHANGE_TYPE.toArray(String[]::new)));

        assertThat(result.problems()).isEmpty();
        PopulationFeed feed = result.feed();
        assertThat(feed.feedId()).isEqualTo("PU-2026-001");
        assertThat(feed.county().code()).isEqualTo("01");
        assertThat(feed.changes()).extracting(FeedChange::type).containsExactly(ChangeType.values());
        assertThat(feed.changes()).extracting(FeedChange::line).containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
        var newborn = (FeedChange.NewResident) feed.changes().get(0);
        assertThat(newborn.person().birthDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(newborn.guardians()).containsExactly(PersonId.parse(ADULT), PersonId.parse(MOTHER));
        assertThat(newborn.names().family()).isEqualTo("Åström");
        assertThat(((FeedChange.MovedIn) feed.changes().get(3)).guardians()).isEmpty();
        assertThat(((FeedChange.Deceased) feed.changes().get(4)).date()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(((FeedChange.IdReplaced) feed.changes().get(7)).newId().kind()).isEqualTo(PersonId.Kind.PERSONNUMMER);
    }

    @Test
    void reportsEveryMalformedRowWithItsLineNumber() throws IOException {
        FeedParser.Result result = parse(feed(
                "MOVED_OUT;" + ADULT + ";20",
                "MOVED_AWAY;" + ADULT + ";20",
                "MOVED_OUT;" + ADULT,
                "MOVED_OUT;198001019808;20",
                "MOVED_OUT;" + MOTHER + ";01",
                "MOVED_WITHIN;" + ADULT + ";2080;Gatan 1;11122;Falun",
                "DECEASED;" + ADULT + ";2026-13-01",
                "PROTECTED_IDENTITY;" + ADULT + ";JA",
                "ID_REPLACED;" + PERSONNUMMER + ";" + COORDINATION,
                "NEW_RESIDENT;" + CHILD + ";0180;;Åström;Storgatan 1;11122;Stockholm;",
                "GUARDIANS;" + CHILD + ";" + ADULT + "," + MOTHER + ",195001019800"));

        assertThat(result.problems()).extracting(FeedProblem::line).containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(result.problems()).extracting(FeedProblem::toString).containsExactly(
                "rad 3: okänd ändringstyp 'MOVED_AWAY'",
                "rad 4: MOVED_OUT ska ha 3 fält men har 2",
                "rad 5: ogiltigt person-id '19800101-****'",
                "rad 6: länet 01 är det egna länet",
                "rad 7: kommun 2080 ligger inte i län 01",
                "rad 8: ogiltigt datum '2026-13-01' (yyyy-MM-dd)",
                "rad 9: skyddad identitet ska vara ON eller OFF",
                "rad 10: det nya id:t ska vara ett personnummer",
                "rad 11: förnamn och efternamn krävs",
                "rad 12: högst två vårdnadshavare");
    }

    @Test
    void problemTextsNeverCarryAFullPersonnummer() throws IOException {
        FeedParser.Result result = parse(feed("MOVED_OUT;198001019808;20"));

        assertThat(result.problems()).singleElement().asString().doesNotContain("198001019808");
    }

    @Test
    void aRepeatedLineIsADuplicate() throws IOException {
        FeedParser.Result result = parse(feed("MOVED_OUT;" + ADULT + ";20", "DECEASED;" + MOTHER + ";2026-12-01",
                "MOVED_OUT;" + ADULT + ";20"));

        assertThat(result.problems()).containsExactly(new FeedProblem(4, "dubblett av rad 2"));
    }

    @Test
    void aTruncatedFileWithoutTrailerIsRejected() throws IOException {
        String full = feed("MOVED_OUT;" + ADULT + ";20", "DECEASED;" + MOTHER + ";2026-12-01");
        String truncated = full.substring(0, full.indexOf("END"));

        FeedParser.Result result = parse(truncated);

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).extracting(FeedProblem::reason).containsExactly(
                "END-raden saknas: filen är avkortad eller ofullständig");
    }

    @Test
    void aChangedLineNoLongerMatchesTheChecksum() throws IOException {
        String tampered = feed("MOVED_OUT;" + ADULT + ";20").replace(";20\n", ";14\n");

        FeedParser.Result result = parse(tampered);

        assertThat(result.problems()).containsExactly(new FeedProblem(3, "kontrollsumman stämmer inte med ändringsraderna"));
    }

    @Test
    void aMissingLineDoesNotMatchTheCount() throws IOException {
        String full = feed("MOVED_OUT;" + ADULT + ";20", "DECEASED;" + MOTHER + ";2026-12-01");
        String dropped = full.replace("DECEASED;" + MOTHER + ";2026-12-01\n", "");

        FeedParser.Result result = parse(dropped);

        assertThat(result.problems()).extracting(FeedProblem::reason).containsExactly(
                "END anger 2 ändringsrader men filen har 1", "kontrollsumman stämmer inte med ändringsraderna");
    }

    @Test
    void aBadHeaderLeavesTheFeedUnidentified() throws IOException {
        String text = feed("MOVED_OUT;" + ADULT + ";20").replace("LISTNING-FOLKBOKFORING v1", "LISTNING-FOLKBOKFORING v2");

        FeedParser.Result result = parse(text);

        assertThat(result.feed()).isNull();
        assertThat(result.problems()).contains(new FeedProblem(1, "okänd formatversion 'v2' (endast v1 stöds)"));
    }

    @Test
    void textAfterTheTrailerAndInvalidUtf8AreRejected() throws IOException {
        assertThat(parse(feed("MOVED_OUT;" + ADULT + ";20") + "DECEASED;" + MOTHER + ";2026-12-01\n").problems())
                .contains(new FeedProblem(4, "text efter END-raden"));

        byte[] bytes = feed("MOVED_WITHIN;" + ADULT + ";0182;Gata;13130;Nacka").getBytes(StandardCharsets.UTF_8);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("Gata");
        bytes[at] = (byte) 0xC3;
        bytes[at + 1] = (byte) 0x28;
        assertThat(new FeedParser().parse(new ByteArrayInputStream(bytes)).problems())
                .contains(new FeedProblem(0, "filen är inte giltig UTF-8"));
    }
}
