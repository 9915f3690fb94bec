package se.listning.region.audit;

import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;

/**
 * One row of audit_event: who (channel, calling system, actor type and id, role), for which unit, did what
 * to whose data, with which outcome and why. Identifiers and codes only, never names or addresses.
 */
public record AuditRow(String channel, String consumerId, String actorType, String actorId, String role, String unit,
                       String action, String personId, String outcome, String purpose, String detail) {

    /** A row for something a system of the region did on its own (a job, a feed, an operator endpoint). */
    public static AuditRow system(SystemActor actor, String action, PersonId person, HsaId unit, String outcome,
                                  String detail) {
        return new AuditRow(actor.channel(), null, SystemActor.ACTOR_TYPE, actor.name(), SystemActor.ROLE,
                unit == null ? null : unit.value(), action, person == null ? null : person.value(), outcome,
                actor.purpose(), detail);
    }
}
