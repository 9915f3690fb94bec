package se.listning.domain.model;

/**
 * Occupancy of a facility for one listing type: listed now, active queue places, and how many
 * listings ended there (places freed) during the last {@code outflowWindowDays} days, which is what
 * the queue wait estimate is computed from.
 */
public record FacilityLoad(int listed, int queued, int outflow, int outflowWindowDays) {

    /** Stands for a unit without a cap, whose occupancy decides nothing and is not counted. */
    public static final FacilityLoad NOT_COUNTED = new FacilityLoad(0, 0, 0, 0);
}
