package se.listning.region.staff.security;

import java.util.Objects;
import java.util.Set;
import se.listning.domain.identity.HsaId;

/**
 * A signed-in staff member as the tool sees them: role and, for a VC-chef, the units they manage.
 *
 * @param hsaId the person's own HSA-id (actor of listings they register); may be null in the demo
 */
public record StaffUser(String username, String displayName, HsaId hsaId, StaffRole role, Set<HsaId> units) {

    public StaffUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        units = Set.copyOf(units);
    }

    /** Whether this user administers listings at all units of the region (not only their own). */
    public boolean regionWide() {
        return role == StaffRole.VARDVALSBEHORIG;
    }

    /** Whether this user may administer listings, doctors and queues of {@code unit}. */
    public boolean mayAdminister(HsaId unit) {
        return regionWide() || (role == StaffRole.VC_CHEF && units.contains(unit));
    }

    /** The id recorded as actor in the audit log: the HSA-id when known, else the username. */
    public String auditId() {
        return hsaId != null ? hsaId.value() : username;
    }
}
