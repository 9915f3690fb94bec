package se.listning.region.staff.person;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.listning.domain.api.CareListingService;
import se.listning.domain.api.CreateListingCommand;
import se.listning.domain.api.Outcome;
import se.listning.domain.identity.Actor;
import se.listning.domain.identity.ActorType;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.port.RegionSettings;
import se.listning.region.audit.StaffAudit;
import se.listning.region.staff.security.StaffAccess;
import se.listning.region.staff.security.StaffUser;

/**
 * Registers a listing from a signed paper form (flow 10, spec 5.14) through CreateListing's own rules,
 * as the staff member (actor REGION with their HSA-id, or the unit's when they have none). The call
 * goes through the region's {@link CareListingService} (the cross-county one), which commits the
 * listing and its UpdateListing notice and then delivers the notice; the paper form row and the audit
 * entry are written right after, in one transaction. A refusal is audited and changes nothing.
 */
@Service
public class PaperFormRegistration {

    /** What staff filled in. {@code homeCounty} is asked for persons who are not our residents. */
    public record Request(HsaId unit, ListingTypeCode type, Optional<HsaId> doctor, boolean signedFormExists,
                          Optional<CountyCode> homeCounty) {
    }

    static final String PURPOSE = "Registrering från blankett";

    private final CareListingService listings;
    private final JdbcClient jdbc;
    private final StaffAudit audit;
    private final TransactionTemplate transaction;
    private final CountyCode own;
    private final Clock clock;
    private final StaffAccess access;

    public PaperFormRegistration(CareListingService listings, JdbcClient jdbc, StaffAudit audit,
                                 PlatformTransactionManager transactions, RegionSettings settings, Clock clock, StaffAccess access) {
        this.listings = listings;
        this.jdbc = jdbc;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.own = settings.county();
        this.clock = clock;
        this.access = access;
    }

    public ActionResult register(StaffUser user, PersonId person, Request request) {
        access.requireUnit(request.unit());
        if (!request.signedFormExists()) {
            return ActionResult.refused("Kryssa i att en signerad blankett finns. Listningen registrerades inte.");
        }
        Actor actor = Actor.organisation(ActorType.REGION, user.hsaId() != null ? user.hsaId() : request.unit());
        CreateListingCommand command = new CreateListingCommand(actor, person, request.unit(), request.type(),
                request.doctor(), false, request.homeCounty(), Optional.empty(), own, true);
        // The listing commits in the listing service's own transaction (it must, before the cross-county notice
        // goes out), so the request is audited first: no listing from a form is ever without an audit entry.
        audit.record(user, "REGISTER_LISTING_REQUESTED", person, request.unit(), PURPOSE,
                "unit=" + request.unit().value() + " type=" + request.type().code());
        Outcome outcome = listings.createListing(command);
        String detail = "unit=" + request.unit().value() + " type=" + request.type().code() + " result=" + outcome.code();
        return transaction.execute(tx -> {
            Optional<Long> listing = outcome.isOk() ? newPaperFormListing(person, request) : Optional.empty();
            listing.ifPresent(id -> jdbc.sql("""
                            insert into paper_form (listing_id, registered_by, registered_at)
                            values (:id, :by, :at)""")
                    .param("id", id).param("by", user.auditId()).param("at", LocalDateTime.now(clock)).update());
            audit.record(user, listing.isPresent() ? "REGISTER_LISTING" : "REGISTER_LISTING_REFUSED", person,
                    request.unit(), PURPOSE, detail + listing.map(id -> " listing=" + id).orElse(""));
            return outcome.isOk() ? ActionResult.ok(outcome.text()) : ActionResult.refused(outcome.text());
        });
    }

    /** The listing this call started: active, at the unit, from a paper form, not yet recorded as one. */
    private Optional<Long> newPaperFormListing(PersonId person, Request request) {
        return jdbc.sql("""
                        select l.id from listing l
                        where l.person_id = :person and l.active and l.code = :code and l.code_system = :system
                          and upper(l.facility_hsa_id) = :unit and l.source = :source
                          and not exists (select 1 from paper_form p where p.listing_id = l.id)""")
                .param("person", person.value()).param("code", request.type().code())
                .param("system", request.type().codeSystem()).param("unit", request.unit().key())
                .param("source", CreateListingCommand.PAPER_FORM_SOURCE)
                .query(Long.class).optional();
    }
}
