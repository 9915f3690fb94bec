package se.listning.region.soap;

import org.springframework.stereotype.Component;
import se.listning.domain.api.Outcome;
import se.listning.domain.identity.Actor;
import se.listning.domain.identity.PersonId;
import se.listning.region.audit.AuditLog;

/**
 * PDL audit of every contract call that reads or writes a person's listing data: channel (the contract),
 * calling system (x-rivta-original-serviceconsumer-hsaid), actor, READ/WRITE, person and result code.
 */
@Component
public class ContractAudit {

    private final AuditLog log;

    public ContractAudit(AuditLog log) {
        this.log = log;
    }

    public void read(CarelistingContract contract, Actor actor, PersonId person, Outcome outcome) {
        log.record(contract.contractName(), SoapCallContext.consumerId(), actor, "READ", person, outcome.code().name());
    }

    public void write(CarelistingContract contract, Actor actor, PersonId person, Outcome outcome) {
        log.record(contract.contractName(), SoapCallContext.consumerId(), actor, "WRITE", person, outcome.code().name());
    }
}
