package se.listning.region.soap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.listning.domain.api.Outcome;
import se.listning.domain.identity.Actor;
import se.listning.domain.identity.PersonId;

/**
 * PDL audit of every contract call that reads or writes a person's listing data: channel (contract),
 * calling system (x-rivta-original-serviceconsumer-hsaid), actor, action, person and outcome.
 * TEMPORARY: writes audit_event directly until se.listning.region.audit.AuditLog lands; then it delegates.
 */
@Component
public class ContractAudit {

    private final JdbcClient jdbc;

    public ContractAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void read(CarelistingContract contract, Actor actor, PersonId person, Outcome outcome) {
        record(contract, actor, "READ", person, outcome);
    }

    public void write(CarelistingContract contract, Actor actor, PersonId person, Outcome outcome) {
        record(contract, actor, "WRITE", person, outcome);
    }

    private void record(CarelistingContract contract, Actor actor, String kind, PersonId person, Outcome outcome) {
        jdbc.sql("""
                insert into audit_event (channel, consumer_id, actor_type, actor_id, action, person_id, outcome)
                values (:channel, :consumer, :actorType, :actorId, :action, :person, :outcome)""")
                .param("channel", "SOAP")
                .param("consumer", SoapCallContext.consumerId())
                .param("actorType", actor == null ? null : actor.type().name())
                .param("actorId", actor == null ? null : actor.idValue())
                .param("action", contract.contractName() + " " + kind)
                .param("person", person.value())
                .param("outcome", outcome.code().name())
                .update();
    }
}
