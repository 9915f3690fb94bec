package se.listning.region.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void cellsStartingLikeAFormulaGetALeadingApostrophe() {
        assertThat(CsvCells.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvCells.cell("+46701234567")).isEqualTo("'+46701234567");
        assertThat(CsvCells.cell("-1+1")).isEqualTo("'-1+1");
        assertThat(CsvCells.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.cell("\tX")).isEqualTo("'\tX");
        assertThat(CsvCells.cell("\rX")).isEqualTo("\"'\rX\"");
    }

    @Test
    void ordinaryCellsAreLeftAloneAndSeparatorsQuoted() {
        assertThat(CsvCells.cell("Vårdcentralen Åby")).isEqualTo("Vårdcentralen Åby");
        assertThat(CsvCells.cell("12,5")).isEqualTo("12,5");
        assertThat(CsvCells.cell("a=b")).isEqualTo("a=b");
        assertThat(CsvCells.cell("Hälsan; Norr")).isEqualTo("\"Hälsan; Norr\"");
        assertThat(CsvCells.cell(null)).isEmpty();
        assertThat(CsvCells.cell("")).isEmpty();
    }

    @Test
    void aFileHasBomSemicolonsAndCrlf() {
        StringWriter out = new StringWriter();
        CsvCells.write(out, List.of("Vårdcentral", "Listade"), List.of(List.of("=cmd|' /C calc'!A0", "3")));
        assertThat(out.toString()).isEqualTo("\uFEFFVårdcentral;Listade\r\n'=cmd|' /C calc'!A0;3\r\n");
    }
}
