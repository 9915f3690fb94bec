package se.listning.region.staff.audit;

import java.time.LocalDateTime;
import java.util.Arrays;
import se.listning.region.staff.security.StaffRole;

/** One row of the audit log as the viewer shows it. */
public record AuditEntry(long id, LocalDateTime at, String channel, String consumerId, String actorType, String actorId,
                         String role, String unit, String action, String personId, String outcome, String purpose,
                         String detail) {

    /** Who acted: the staff member or citizen, else the calling system, else "system" (jobs). */
    public String who() {
        if (actorId != null) {
            return consumerId == null ? actorId : actorId + " via " + consumerId;
        }
        return consumerId != null ? consumerId : "system";
    }

    /** The role's Swedish name for staff entries, else the actor type (e.g. CITIZEN). */
    public String roleLabel() {
        if (role != null) {
            return Arrays.stream(StaffRole.values()).filter(r -> r.name().equals(role)).map(StaffRole::label)
                    .findFirst().orElse(role);
        }
        return actorType;
    }

    /** The person as staff write it (ÅÅÅÅMMDD-NNNN), or null. */
    public String personLabel() {
        if (personId != null && personId.length() == 12) {
            return personId.substring(0, 8) + "-" + personId.substring(8);
        }
        return personId;
    }

    /** The position just after this entry, for the next page. */
    public AuditCursor cursor() {
        return new AuditCursor(at, id);
    }
}
