package se.listning.region.audit;

import java.sql.Types;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.listning.domain.identity.Actor;
import se.listning.domain.identity.PersonId;

/**
 * PDL audit trail: who (channel, calling system, actor) did what to whose listing data, with which
 * outcome. Written to audit_event in the caller's transaction if there is one, else on its own.
 * Only identifiers are stored, never names or addresses.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param channel    e.g. the contract name ("CreateListing"), "staff", a job name
     * @param consumerId the calling system's HSA-id (x-rivta-original-serviceconsumer-hsaid), may be null
     * @param actor      the acting citizen, guardian or organisation, may be null (system jobs)
     * @param action     what was done, e.g. "READ", "CREATE"
     * @param person     whose data, may be null (catalogue reads)
     * @param outcome    e.g. the result code
     */
    public void record(String channel, String consumerId, Actor actor, String action, PersonId person, String outcome) {
        record(channel, consumerId, actor, action, person, outcome, null);
    }

    /** As above with a free-text detail (a reason, never personal data). */
    public void record(String channel, String consumerId, Actor actor, String action, PersonId person, String outcome,
                       String detail) {
        jdbc.sql("""
                        insert into audit_event (channel, consumer_id, actor_type, actor_id, action, person_id, outcome, detail)
                        values (:channel, :consumer, :actorType, :actorId, :action, :person, :outcome, :detail)""")
                .param("channel", channel)
                .param("consumer", consumerId, Types.VARCHAR)
                .param("actorType", actor == null ? null : actor.type().name(), Types.VARCHAR)
                .param("actorId", actor == null ? null : actor.idValue(), Types.VARCHAR)
                .param("action", action)
                .param("person", person == null ? null : person.value(), Types.VARCHAR)
                .param("outcome", outcome, Types.VARCHAR)
                .param("detail", detail, Types.VARCHAR)
                .update();
    }
}
