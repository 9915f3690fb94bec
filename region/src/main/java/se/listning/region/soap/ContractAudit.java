package se.listning.region.soap;

import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.listning.domain.api.CreateListingCommand;
import se.listning.domain.api.Outcome;
import se.listning.domain.api.UpdateListingCommand;
import se.listning.domain.identity.Actor;
import se.listning.domain.identity.ActorType;
import se.listning.domain.identity.PersonId;
import se.listning.region.audit.AuditLog;
import se.listning.region.audit.AuditRow;
import se.listning.region.audit.ListingWriteAudit;
import se.listning.region.persistence.ReadScope;

/**
 * PDL audit of every contract call that reads or writes a person's listing data: channel (the contract),
 * calling system (x-rivta-original-serviceconsumer-hsaid), actor and its type as role, READ/WRITE, person, result
 * code and the contract's purpose.
 * Writes (CreateListing, UpdateListing) are audited inside the write's transaction, as the transactional
 * service's {@link ListingWriteAudit}, and only when the write comes in over SOAP (the staff tool audits its own).
 * A read and its audit row are one transaction (one commit, and no answer without its row); the read
 * runs in a {@link ReadScope}, so its look-ups are batched (issue 6).
 */
@Component
public class ContractAudit implements ListingWriteAudit {

    private final AuditLog log;
    private final TransactionTemplate transaction;

    public ContractAudit(AuditLog log, PlatformTransactionManager transactionManager) {
        this.log = log;
        this.transaction = new TransactionTemplate(transactionManager);
        // READ COMMITTED is the pool's level for every connection (application.yml, spring.datasource.hikari).
    }

    /** Runs the read and writes its audit row in the same transaction; returns the read's answer. */
    public <T> T read(CarelistingContract contract, Actor actor, PersonId person, Supplier<T> read,
                      Function<T, Outcome> outcome) {
        return transaction.execute(status -> ReadScope.during(() -> {
            T answer = read.get();
            record(contract, actor, "READ", person, outcome.apply(answer));
            return answer;
        }));
    }

    @Override
    public void created(CreateListingCommand command, Outcome outcome) {
        write(CarelistingContract.CREATE_LISTING, command.actor(), command.person(), outcome);
    }

    @Override
    public void updated(UpdateListingCommand command, Outcome outcome) {
        write(CarelistingContract.UPDATE_LISTING, null, command.person(), outcome);
    }

    private void write(CarelistingContract contract, Actor actor, PersonId person, Outcome outcome) {
        if (SoapCallContext.inCall()) {
            record(contract, actor, "WRITE", person, outcome);
        }
    }

    /**
     * Role: the actor's type; without an actor in the request the calling system (consumer_id) acts, as
     * {@code REGION} for another region's UpdateListing notice, else as {@code SYSTEM}.
     */
    private void record(CarelistingContract contract, Actor actor, String action, PersonId person, Outcome outcome) {
        String role = actor != null ? actor.type().name()
                : contract == CarelistingContract.UPDATE_LISTING ? ActorType.REGION.name() : "SYSTEM";
        log.write(new AuditRow(contract.contractName(), SoapCallContext.consumerId(),
                actor == null ? null : actor.type().name(), actor == null ? null : actor.idValue(), role, null, action,
                person.value(), outcome.code().name(), purpose(contract), null));
    }

    /** Why the calling system reads or writes, by contract (the purpose column of the audit log). */
    static String purpose(CarelistingContract contract) {
        return switch (contract) {
            case GET_LISTING_TYPES -> "Visa vårdvalstyper och omlistningar";
            case GET_AVAILABLE_HEALTHCARE_FACILITIES -> "Visa vårdcentraler";
            case GET_AVAILABLE_HEALTHCARE_PERSONNEL -> "Visa valbara läkare";
            case GET_LISTING_COUNTY -> "Visa i vilka regioner personen är listad";
            case GET_LISTING -> "Visa listning";
            case CREATE_LISTING -> "Lista, byta vårdcentral eller läkare, köa";
            case UPDATE_LISTING -> "Underrättelse från annan region om listning";
        };
    }
}
