package se.listning.region.staff.reports;

import java.util.List;

/**
 * One table of a report, formatted for staff (numbers in Swedish notation), with its chart; the same rows
 * are exported as CSV. {@code numeric} marks right-aligned columns.
 */
public record ReportTable(String caption, List<String> columns, List<Boolean> numeric, List<List<String>> rows,
                          BarChart chart, String note) {

    public ReportTable {
        columns = List.copyOf(columns);
        numeric = List.copyOf(numeric);
        rows = List.copyOf(rows);
    }

    public boolean isNumeric(int column) {
        return numeric.get(column);
    }
}
