package se.listning.domain.rules;

import se.listning.domain.model.FacilityLoad;

/**
 * Estimated wait in a listing queue, in days, from the unit's observed outflow: if {@code outflow}
 * places were freed during the last {@code windowDays} days, position p waits
 * {@code ceil(p * windowDays / outflow)} days. When nobody left in the window we cannot extrapolate;
 * we then report the window length itself ("at least this long"), which is honest and bounded.
 */
public final class QueueEstimate {

    private QueueEstimate() {
    }

    public static int daysForPosition(int position, FacilityLoad load) {
        return daysForPosition(position, load.outflow(), load.outflowWindowDays());
    }

    public static int daysForPosition(int position, int outflow, int windowDays) {
        if (position < 1) {
            throw new IllegalArgumentException("queue positions start at 1");
        }
        if (outflow <= 0) {
            return windowDays;
        }
        long days = ((long) position * windowDays + outflow - 1) / outflow;
        return (int) Math.min(Integer.MAX_VALUE, days);
    }
}
