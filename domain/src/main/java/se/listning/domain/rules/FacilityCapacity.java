package se.listning.domain.rules;

import se.listning.domain.model.Facility;
import se.listning.domain.model.FacilityLoad;

/**
 * Capacity of a facility for one listing type. No queue jumping: a newcomer gets a place only while
 * {@code listed + queued < cap}; freed places go to the head of the queue first (QueueAdvancer).
 * "Full" therefore means {@code listed + queued >= cap}. Queue figures exist only when {@link #hasQueue()}.
 */
public record FacilityCapacity(Integer cap, boolean offersQueue, FacilityLoad load) {

    public static FacilityCapacity of(Facility facility, FacilityLoad load) {
        return new FacilityCapacity(facility.maxListed(), facility.offersQueue(), load);
    }

    public boolean isCapped() {
        return cap != null;
    }

    public boolean isFull() {
        return cap != null && load.listed() + load.queued() >= cap;
    }

    /** A newcomer may be listed right away. */
    public boolean hasPlaceForNewcomer() {
        return !isFull();
    }

    /** The contract's hasQueue: the cap is reached and the unit offers a queue. */
    public boolean hasQueue() {
        return isFull() && offersQueue;
    }

    /** A place is free for the head of the queue (listed below cap, or no cap at all). */
    public boolean hasPlaceForQueueHead() {
        return cap == null || load.listed() < cap;
    }

    public Integer queueLength() {
        return hasQueue() ? load.queued() : null;
    }

    /** Estimated days for someone joining the queue now (position queued + 1). */
    public Integer estimatedWaitForNewcomer() {
        return hasQueue() ? QueueEstimate.daysForPosition(load.queued() + 1, load) : null;
    }
}
