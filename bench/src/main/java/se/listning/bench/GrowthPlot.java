package se.listning.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws how costs grow with the population (issue 6, point 4) as a log–log SVG: one line per measured series,
 * each with a dashed "linear from the first point" reference, and the fitted growth exponent in the legend
 * (1 = linear, 0 = flat). On log–log axes a cost that grows linearly runs parallel to its reference; one that
 * grows slower runs below it. No plotting library: the chart is a few dozen SVG elements.
 *
 * <pre>
 * java -cp bench/target/listning-bench.jar -Dloader.main=se.listning.bench.GrowthPlot \
 *      org.springframework.boot.loader.launch.PropertiesLauncher docs/growth.csv docs/growth.svg "Title"
 * </pre>
 * The CSV: a header {@code residents,<series>,<series>…}, then one line per dataset size; an empty cell is a
 * value not measured.
 */
public final class GrowthPlot {

    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2"};
    private static final int WIDTH = 900, HEIGHT = 560, LEFT = 80, RIGHT = 330, TOP = 50, BOTTOM = 60;

    record Series(String name, double[] x, double[] y) {
        /** Least-squares slope of log y over log x: the growth exponent. */
        double exponent() {
            int n = 0;
            double sx = 0, sy = 0, sxx = 0, sxy = 0;
            for (int i = 0; i < x.length; i++) {
                if (Double.isNaN(y[i])) {
                    continue;
                }
                double lx = Math.log(x[i]), ly = Math.log(y[i]);
                n++;
                sx += lx;
                sy += ly;
                sxx += lx * lx;
                sxy += lx * ly;
            }
            return n < 2 ? Double.NaN : (n * sxy - sx * sy) / (n * sxx - sx * sx);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GrowthPlot <in.csv> <out.svg> [title]");
            System.exit(2);
        }
        List<Series> series = read(Path.of(args[0]));
        String svg = svg(series, args.length > 2 ? args[2] : "Cost against residents");
        Files.writeString(Path.of(args[1]), svg, StandardCharsets.UTF_8);
        for (Series s : series) {
            System.out.printf(Locale.ROOT, "%s: growth exponent %.2f%n", s.name(), s.exponent());
        }
    }

    static List<Series> read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        String[] header = lines.get(0).split(",", -1);
        double[] x = new double[lines.size() - 1];
        double[][] y = new double[header.length - 1][lines.size() - 1];
        for (int row = 1; row < lines.size(); row++) {
            String[] cells = lines.get(row).split(",", -1);
            x[row - 1] = Double.parseDouble(cells[0].strip());
            for (int col = 1; col < header.length; col++) {
                String cell = col < cells.length ? cells[col].strip() : "";
                y[col - 1][row - 1] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
            }
        }
        List<Series> series = new ArrayList<>();
        for (int col = 1; col < header.length; col++) {
            series.add(new Series(header[col].strip(), x, y[col - 1]));
        }
        return series;
    }

    static String svg(List<Series> series, String title) {
        double xMin = Double.MAX_VALUE, xMax = 0, yMin = Double.MAX_VALUE, yMax = 0;
        for (Series s : series) {
            double first = Double.NaN, firstX = Double.NaN;
            for (int i = 0; i < s.x().length; i++) {
                if (Double.isNaN(s.y()[i])) {
                    continue;
                }
                xMin = Math.min(xMin, s.x()[i]);
                xMax = Math.max(xMax, s.x()[i]);
                yMin = Math.min(yMin, s.y()[i]);
                yMax = Math.max(yMax, s.y()[i]);
                if (Double.isNaN(first)) {
                    first = s.y()[i];
                    firstX = s.x()[i];
                }
            }
            yMax = Math.max(yMax, first * xMax / firstX); // room for the linear reference
        }
        Axis ax = new Axis(Math.floor(Math.log10(xMin)), Math.ceil(Math.log10(xMax)), LEFT, WIDTH - RIGHT);
        Axis ay = new Axis(Math.floor(Math.log10(yMin)), Math.ceil(Math.log10(yMax)), HEIGHT - BOTTOM, TOP);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
                WIDTH, HEIGHT));
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"25\" font-size=\"15\">%s</text>%n", LEFT, escape(title)));
        grid(out, ax, ay);
        int legendY = TOP + 10;
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            String colour = COLOURS[k % COLOURS.length];
            StringBuilder line = new StringBuilder();
            double firstX = Double.NaN, firstY = Double.NaN, lastX = Double.NaN;
            for (int i = 0; i < s.x().length; i++) {
                if (Double.isNaN(s.y()[i])) {
                    continue;
                }
                double px = ax.at(s.x()[i]), py = ay.at(s.y()[i]);
                line.append(line.isEmpty() ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", px, py));
                out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>%n", px, py, colour));
                if (Double.isNaN(firstX)) {
                    firstX = s.x()[i];
                    firstY = s.y()[i];
                }
                lastX = s.x()[i];
            }
            out.append(String.format(Locale.ROOT, "<path d=\"%s\" stroke=\"%s\" stroke-width=\"2\" fill=\"none\"/>%n", line, colour));
            out.append(String.format(Locale.ROOT,
                    "<path d=\"M%.1f %.1f L%.1f %.1f\" stroke=\"%s\" stroke-width=\"1\" stroke-dasharray=\"5 4\" fill=\"none\"/>%n",
                    ax.at(firstX), ay.at(firstY), ax.at(lastX), ay.at(firstY * lastX / firstX), colour));
            out.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"3\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s (exponent %.2f)</text>%n",
                    WIDTH - RIGHT + 20, legendY - 4, colour, WIDTH - RIGHT + 40, legendY, escape(s.name()), s.exponent()));
            legendY += 20;
        }
        out.append(String.format(Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" fill=\"#555\">dashed: linear growth from the first point</text>%n",
                WIDTH - RIGHT + 20, legendY + 10));
        out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">residents (log scale)</text>%n",
                (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 15));
        out.append(String.format(Locale.ROOT,
                "<text x=\"18\" y=\"%d\" transform=\"rotate(-90 18 %d)\" text-anchor=\"middle\">cost (log scale; unit in the legend)</text>%n",
                (TOP + HEIGHT - BOTTOM) / 2, (TOP + HEIGHT - BOTTOM) / 2));
        return out.append("</svg>\n").toString();
    }

    private static void grid(StringBuilder out, Axis ax, Axis ay) {
        for (double d = ax.lo; d <= ax.hi; d++) {
            for (int m = 1; m < 10 && d + Math.log10(m) <= ax.hi; m++) {
                double px = ax.atLog(d + Math.log10(m));
                out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\"/>%n",
                        px, TOP, px, HEIGHT - BOTTOM, m == 1 ? "#bbb" : "#eee"));
            }
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                    ax.atLog(d), HEIGHT - BOTTOM + 18, label(Math.pow(10, d))));
        }
        for (double d = ay.lo; d <= ay.hi; d++) {
            for (int m = 1; m < 10 && d + Math.log10(m) <= ay.hi; m++) {
                double py = ay.atLog(d + Math.log10(m));
                out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>%n",
                        LEFT, py, WIDTH - RIGHT, py, m == 1 ? "#bbb" : "#eee"));
            }
            out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
                    LEFT - 6, ay.atLog(d) + 4, label(Math.pow(10, d))));
        }
    }

    static String label(double v) {
        if (v >= 1e6) {
            return String.format(Locale.ROOT, "%.0fM", v / 1e6);
        }
        if (v >= 1e3) {
            return String.format(Locale.ROOT, "%.0fk", v / 1e3);
        }
        return v >= 1 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%s", v);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A log10 axis from decade {@code lo} to decade {@code hi}, mapped onto pixels {@code from}..{@code to}. */
    private record Axis(double lo, double hi, double from, double to) {
        Axis {
            if (hi <= lo) {
                hi = lo + 1;
            }
        }

        double at(double value) {
            return atLog(Math.log10(value));
        }

        double atLog(double log) {
            return from + (log - lo) / (hi - lo) * (to - from);
        }
    }
}
