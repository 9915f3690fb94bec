package se.listning.region.persistence;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.port.CrossCountyNotifier;
import se.listning.region.crosscounty.NoticeQueued;

/**
 * Writes UpdateListing notices to outbox_update_listing in the caller's transaction (PENDING, due
 * now); a separate delivery job sends them after commit, so no transaction waits on the network.
 * {@link NoticeQueued} tells the delivery (se.listning.region.crosscounty.OutboxDelivery) to start after commit.
 */
@Repository
public class OutboxCrossCountyNotifier implements CrossCountyNotifier {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public OutboxCrossCountyNotifier(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void notifyUpdateListing(CountyCode receiver, PersonId person, CountyCode newListingCounty,
                                    CountyCode homeCounty, Optional<ListingTypeCode> listingType) {
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("""
                        insert into outbox_update_listing (receiver_county, person_id, new_listing_county, home_county,
                                                           code, code_system, created_at, state, next_attempt_at)
                        values (:receiver, :person, :newCounty, :homeCounty, :code, :codeSystem, :now, 'PENDING', :now)""")
                .param("receiver", receiver.code())
                .param("person", person.value())
                .param("newCounty", newListingCounty.code())
                .param("homeCounty", homeCounty.code())
                .param("code", listingType.map(ListingTypeCode::code).orElse(null), Types.VARCHAR)
                .param("codeSystem", listingType.map(ListingTypeCode::codeSystem).orElse(null), Types.VARCHAR)
                .param("now", now)
                .update();
        events.publishEvent(new NoticeQueued());
    }
}
