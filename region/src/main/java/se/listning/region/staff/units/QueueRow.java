package se.listning.region.staff.units;

import java.time.LocalDateTime;

/** One active place in a unit's queue; {@code name} is null for a protected identity. */
public record QueueRow(long id, long position, String personId, String name, boolean protectedIdentity,
                       String typeName, LocalDateTime queuedAt, long waitingDays, String doctorName) {

    /** Personnummer as staff write it: YYYYMMDD-NNNN. */
    public String personnummer() {
        return personId.substring(0, 8) + "-" + personId.substring(8);
    }
}
