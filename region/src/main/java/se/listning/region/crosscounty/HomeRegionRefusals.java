package se.listning.region.crosscounty;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import se.listning.domain.api.Outcome;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.Listing;
import se.listning.domain.model.ListingReason;
import se.listning.domain.port.ListingStore;
import se.listning.domain.port.PersonStore;
import se.listning.region.audit.AuditLog;
import se.listning.region.audit.AuditRow;
import se.listning.region.audit.SystemActor;
import se.listning.region.listing.RetryingTransactions;
import se.listning.region.soap.PersonIdScrubber;

/**
 * Refused UpdateListing notices (never resent, SjD TK 2.2). Each is recorded in cross_county_refusal for staff
 * follow-up, in the same transaction that marks the notice REFUSED. When the visitor's home region refused our
 * own new listing because the relisting cap is used up (flows 11a/11b), that listing is ended with
 * {@link ListingReason#REFUSED_BY_HOME_REGION}: the relisting did not go through (spec 5.2). Nothing else is
 * restored (a listing the visitor had at another of our units stays ended; the home region kept its own).
 */
@Component
public class HomeRegionRefusals {

    private static final Logger log = LoggerFactory.getLogger(HomeRegionRefusals.class);

    /** A refusal a resident is told about in GetListing. */
    public record Refusal(HsaId facility, CountyCode homeCounty, LocalDateTime refusedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PersonStore persons;
    private final ListingStore listings;
    private final OutboxRepository outbox;
    private final RetryingTransactions transactions;
    private final AuditLog audit;

    public HomeRegionRefusals(JdbcClient jdbc, Clock clock, PersonStore persons, ListingStore listings,
                              OutboxRepository outbox, PlatformTransactionManager transactionManager, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.persons = persons;
        this.listings = listings;
        this.outbox = outbox;
        this.transactions = new RetryingTransactions(transactionManager, TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.audit = audit;
    }

    /**
     * Ends our listing the refused notice announced (the active one of its type at our units that started
     * before the notice was written), records the refusal and marks the notice REFUSED, in one transaction.
     * Returns the facility of the ended listing (empty when nothing was active any more).
     */
    public Optional<HsaId> revert(OutboxNotice notice, Outcome outcome, boolean answeredToCaller) {
        Optional<HsaId> facility = transactions.run("revert refused cross-county listing", () -> {
            LocalDateTime now = LocalDateTime.now(clock);
            persons.lock(notice.person());
            Optional<Listing> ours = listings.active(notice.person()).stream()
                    .filter(l -> !l.isElsewhere() && l.listingType().equals(notice.typeOrPv())
                            && !l.validFrom().isAfter(notice.createdAt()))
                    .findFirst();
            ours.ifPresent(l -> {
                listings.end(l.id(), now, ListingReason.REFUSED_BY_HOME_REGION);
                audit.write(AuditRow.system(SystemActor.CROSS_COUNTY, "LISTING_REVERTED", notice.person(), l.facility(),
                        outcome.code().name(), "listing=" + l.id() + " homeCounty=" + notice.receiver().code()));
            });
            insert(notice, outcome, ours.map(Listing::id).orElse(null), ours.map(Listing::facility).orElse(null),
                    answeredToCaller, now);
            outbox.markRefused(notice.id(), outcome.code().name(), PersonIdScrubber.scrub(outcome.text()));
            return ours.map(Listing::facility);
        });
        log.warn("Home region {} refused the cross-county listing of {} ({}); {}", notice.receiver().code(),
                notice.person().masked(), outcome.code(),
                facility.map(f -> "our listing at " + f + " ended").orElse("no active listing to end"));
        return facility;
    }

    /** Records any other refusal (logical error) for staff follow-up and marks the notice REFUSED. */
    public void record(OutboxNotice notice, Outcome outcome) {
        transactions.run("record refused notice", () -> {
            insert(notice, outcome, null, null, false, LocalDateTime.now(clock));
            outbox.markRefused(notice.id(), outcome.code().name(), PersonIdScrubber.scrub(outcome.text()));
            return null;
        });
        log.warn("County {} refused UpdateListing notice {} about {}: {} {}", notice.receiver().code(), notice.id(),
                notice.person().masked(), outcome.code(), PersonIdScrubber.scrub(outcome.text()));
    }

    /** The latest refusal since {@code since} that ended a listing and was not answered to the caller at once. */
    public Optional<Refusal> latestUnannounced(PersonId person, LocalDateTime since) {
        return jdbc.sql("""
                        select facility_hsa_id, receiver_county, refused_at from cross_county_refusal
                        where person_id = :person and refused_at >= :since and listing_id is not null
                          and not answered_to_caller
                        order by refused_at desc, id desc limit 1""")
                .param("person", person.value()).param("since", since)
                .query((rs, n) -> new Refusal(HsaId.of(rs.getString("facility_hsa_id")),
                        CountyCode.of(rs.getString("receiver_county")),
                        rs.getObject("refused_at", LocalDateTime.class)))
                .optional();
    }

    private void insert(OutboxNotice notice, Outcome outcome, Long listingId, HsaId facility, boolean answeredToCaller,
                        LocalDateTime now) {
        jdbc.sql("""
                        insert into cross_county_refusal (outbox_id, person_id, receiver_county, result_code, result_text,
                                                          listing_id, facility_hsa_id, answered_to_caller, refused_at)
                        values (:outbox, :person, :receiver, :code, :text, :listing, :facility, :answered, :now)""")
                .param("outbox", notice.id()).param("person", notice.person().value())
                .param("receiver", notice.receiver().code()).param("code", outcome.code().name())
                .param("text", outcome.text(), Types.VARCHAR)
                .param("listing", listingId, Types.BIGINT)
                .param("facility", facility == null ? null : facility.value(), Types.VARCHAR)
                .param("answered", answeredToCaller).param("now", now)
                .update();
    }
}
