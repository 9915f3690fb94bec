package se.listning.region.staff.reports;

import java.util.Comparator;
import java.util.List;

/**
 * A horizontal bar chart drawn as inline SVG by the template {@code staff/reports/chart}: geometry is computed
 * here (the Content-Security-Policy forbids inline styles, so sizes go into SVG attributes). At most
 * {@link #MAX_BARS} bars, the largest first; the table beside it holds every row.
 */
public record BarChart(String title, List<Bar> bars, boolean truncated) {

    public static final int MAX_BARS = 30;
    static final int ROW = 24;
    static final int LABEL_WIDTH = 300;
    static final int BAR_AREA = 360;
    public static final int WIDTH = LABEL_WIDTH + BAR_AREA + 90;

    /** One bar: label, value, and the value as shown (e.g. "62,5 %"). */
    public record Bar(String label, double value, String text) {
    }

    /** A bar with its geometry, for the template. */
    public record Drawn(String label, String text, int y, int textY, int width, int valueX) {
    }

    /** A chart of the largest {@link #MAX_BARS} values (keeping their order when {@code keepOrder}). */
    public static BarChart of(String title, List<Bar> bars, boolean keepOrder) {
        List<Bar> shown = keepOrder ? bars
                : bars.stream().sorted(Comparator.comparingDouble(Bar::value).reversed()).toList();
        boolean truncated = shown.size() > MAX_BARS;
        return new BarChart(title, shown.stream().limit(MAX_BARS).toList(), truncated);
    }

    public int width() {
        return WIDTH;
    }

    public int maxBars() {
        return MAX_BARS;
    }

    public int height() {
        return Math.max(1, bars.size()) * ROW + 8;
    }

    public int labelX() {
        return LABEL_WIDTH - 8;
    }

    public int barX() {
        return LABEL_WIDTH;
    }

    public List<Drawn> drawn() {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        return java.util.stream.IntStream.range(0, bars.size()).mapToObj(i -> {
            Bar b = bars.get(i);
            int width = max <= 0 ? 0 : (int) Math.round(b.value() / max * BAR_AREA);
            return new Drawn(shorten(b.label()), b.text(), i * ROW + 4, i * ROW + 17, width, LABEL_WIDTH + width + 6);
        }).toList();
    }

    private static String shorten(String label) {
        return label.length() <= 36 ? label : label.substring(0, 35) + "…";
    }
}
