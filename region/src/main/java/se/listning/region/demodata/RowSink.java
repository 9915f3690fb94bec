package se.listning.region.demodata;

/**
 * Receives the rows of one table, column values in {@link Table#columns()} order. Values are
 * String, Boolean, Integer, LocalDate, LocalDateTime, String[] (text[]) or null.
 */
@FunctionalInterface
public interface RowSink {

    void row(Object... values);
}
