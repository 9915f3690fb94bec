package se.listning.region.audit;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.Listing;
import se.listning.domain.model.ListingReason;
import se.listning.domain.model.NewListing;
import se.listning.domain.model.QueuePlace;
import se.listning.domain.port.ListingStore;
import se.listning.domain.port.Ports;
import se.listning.domain.port.QueueStore;

/**
 * The queue advancer's ports, audited: every listing it starts from a queue place ({@code LISTING_FROM_QUEUE})
 * and every queue place it drops (a deceased or unknown person, {@code QUEUE_PLACE_ENDED}) writes a row as the
 * system actor {@link SystemActor#QUEUE}, through the same connection and so in the promotion's own transaction.
 */
@Component
public class QueuePromotionAudit {

    static final String PROMOTED = "LISTING_FROM_QUEUE";
    static final String PLACE_ENDED = "QUEUE_PLACE_ENDED";

    private final AuditLog log;
    private final JdbcClient jdbc;

    public QueuePromotionAudit(AuditLog log, JdbcClient jdbc) {
        this.log = log;
        this.jdbc = jdbc;
    }

    /** {@code ports} with the listing and queue stores audited. */
    public Ports audited(Ports ports) {
        return new Ports(ports.persons(), ports.facilities(), ports.listingTypes(), new Listings(ports.listings()),
                new Queues(ports.queues()), ports.relistings(),
                ports.guardianConsents(), ports.notifier());
    }

    private final class Listings implements ListingStore {

        private final ListingStore delegate;

        Listings(ListingStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<Listing> active(PersonId person) {
            return delegate.active(person);
        }

        @Override
        public Listing start(NewListing listing) {
            Listing started = delegate.start(listing);
            if (listing.reason() == ListingReason.FROM_QUEUE) {
                log.write(AuditRow.system(SystemActor.QUEUE, PROMOTED, listing.person(), listing.facility(), "OK",
                        "listing=" + started.id() + " type=" + listing.listingType().code()
                                + (listing.doctor() == null ? "" : " doctor=" + listing.doctor().value())));
            }
            return started;
        }

        @Override
        public void end(long listingId, LocalDateTime at, ListingReason reason) {
            delegate.end(listingId, at, reason);
        }

        @Override
        public void changeDoctor(long listingId, HsaId doctor, LocalDateTime at) {
            delegate.changeDoctor(listingId, doctor, at);
        }
    }

    private final class Queues implements QueueStore {

        private final QueueStore delegate;

        Queues(QueueStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<QueuePlace> active(PersonId person) {
            return delegate.active(person);
        }

        @Override
        public QueuePlace join(PersonId person, HsaId facility, ListingTypeCode type, HsaId doctor, LocalDateTime at) {
            return delegate.join(person, facility, type, doctor, at);
        }

        /** A place that became the listing is in that listing's row; any other ending gets its own row. */
        @Override
        public void leave(long queuePlaceId, LocalDateTime at, String reason) {
            delegate.leave(queuePlaceId, at, reason);
            if ("PROMOTED".equals(reason) || "LISTED_ELSEWHERE".equals(reason)) {
                return;
            }
            jdbc.sql("""
                            insert into audit_event (channel, actor_type, actor_id, role, unit, action, person_id, outcome,
                                                     purpose, detail)
                            select :channel, :actorType, :actor, :role, facility_hsa_id, :action, person_id, 'OK', :purpose,
                                   'queue_place=' || id || ' reason=' || :reason
                            from queue_place where id = :id""")
                    .param("channel", SystemActor.QUEUE.channel()).param("actorType", SystemActor.ACTOR_TYPE)
                    .param("actor", SystemActor.QUEUE.name()).param("role", SystemActor.ROLE)
                    .param("action", PLACE_ENDED).param("purpose", SystemActor.QUEUE.purpose())
                    .param("reason", reason).param("id", queuePlaceId)
                    .update();
        }

        @Override
        public int position(QueuePlace place) {
            return delegate.position(place);
        }

        @Override
        public List<QueuePlace> head(HsaId facility, ListingTypeCode type, int limit) {
            return delegate.head(facility, type, limit);
        }
    }
}
