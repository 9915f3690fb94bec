package se.listning.region.staff.units;

import java.util.List;

/** One page of a longer list: rows, 0-based page number, page size and the total count. */
public record Paged<T>(List<T> rows, int page, int size, long total) {

    public Paged {
        rows = List.copyOf(rows);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    /** 1-based number of the first row on this page (for "visar 51–100 av 730"). */
    public long first() {
        return total == 0 ? 0 : (long) page * size + 1;
    }

    public long last() {
        return (long) page * size + rows.size();
    }

    /** Clamps a requested page number to 0 or more. */
    public static int page(Integer requested) {
        return requested == null || requested < 0 ? 0 : requested;
    }
}
