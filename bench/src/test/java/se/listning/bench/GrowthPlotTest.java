package se.listning.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrowthPlotTest {

    private static final double[] RESIDENTS = {100_000, 500_000, 1_000_000, 2_500_000};

    @Test
    void theExponentIsOneForLinearZeroForFlatAndTwoForQuadraticCost() {
        assertThat(new GrowthPlot.Series("linear", RESIDENTS, new double[] {4, 20, 40, 100}).exponent())
                .isCloseTo(1.0, within(1e-9));
        assertThat(new GrowthPlot.Series("flat", RESIDENTS, new double[] {7, 7, 7, 7}).exponent())
                .isCloseTo(0.0, within(1e-9));
        assertThat(new GrowthPlot.Series("quadratic", RESIDENTS, new double[] {1, 25, 100, 625}).exponent())
                .isCloseTo(2.0, within(1e-9));
    }

    @Test
    void missingCellsAreLeftOutOfTheFitAndThePlot(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("growth.csv");
        Files.writeString(csv, """
                # a comment line
                residents,GetListing p50 ms,CSV 22k s
                100000,5,
                1000000,5,2
                2500000,5,5
                """);
        List<GrowthPlot.Series> series = GrowthPlot.read(csv);

        assertThat(series).extracting(GrowthPlot.Series::name).containsExactly("GetListing p50 ms", "CSV 22k s");
        assertThat(series.get(0).exponent()).isCloseTo(0.0, within(1e-9));
        assertThat(series.get(1).exponent()).isCloseTo(1.0, within(1e-9));
        String svg = GrowthPlot.svg(series, "Growth <test>");
        assertThat(svg).startsWith("<svg").contains("Growth &lt;test&gt;").contains("(exponent 1.00)");
        assertThat(svg.split("<circle", -1)).hasSize(1 + 3 + 2);
    }
}
