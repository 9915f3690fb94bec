package se.listning.region.persistence;

import static se.listning.region.persistence.Rows.DOCTOR_ID;
import static se.listning.region.persistence.Rows.FACILITY_ID;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.Listing;
import se.listning.domain.model.ListingReason;
import se.listning.domain.model.NewListing;
import se.listning.domain.port.ListingStore;
import se.listning.domain.port.RegionSettings;
import se.listning.region.listing.PlaceFreed;

/**
 * Listings with history. The partial unique index listing_one_active_per_type referees "one active
 * listing per person and type": a concurrent second start fails with a unique violation, which the
 * transactional service retries. Ending a listing at one of our facilities publishes {@link PlaceFreed}
 * so the queue there moves after commit.
 */
@Repository
public class JdbcListingStore implements ListingStore {

    private static final String COLUMNS = """
            id, person_id, code, code_system, facility_hsa_id, listing_county, doctor_hsa_id, valid_from, valid_to, start_reason""";
    /** The same columns qualified with the alias {@code l}. */
    private static final String LISTING_COLUMNS = Arrays.stream(COLUMNS.split(","))
            .map(column -> "l." + column.strip()).collect(Collectors.joining(", "));

    private final JdbcClient jdbc;
    private final RegionSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public JdbcListingStore(JdbcClient jdbc, RegionSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<Listing> active(PersonId person) {
        ReadScope scope = ReadScope.current();
        if (scope != null) {
            return activeWithUnitsAndDoctors(person, scope);
        }
        return jdbc.sql("select " + COLUMNS + " from listing where person_id = :person and active order by valid_from, id")
                .param("person", person.value())
                .query(JdbcListingStore::listing).list();
    }

    /** One query instead of one per unit and doctor (issue 6): the units and doctors go to the read scope. */
    private List<Listing> activeWithUnitsAndDoctors(PersonId person, ReadScope scope) {
        return jdbc.sql("select " + LISTING_COLUMNS + ", " + JdbcFacilityStore.JOINED_COLUMNS + """

                        from listing l
                        left join facility f on f.hsa_id = l.facility_hsa_id
                        left join doctor d on d.hsa_id = l.doctor_hsa_id
                        where l.person_id = :person and l.active order by l.valid_from, l.id""")
                .param("person", person.value())
                .param("today", LocalDate.now(clock))
                .query((rs, n) -> {
                    Listing listing = listing(rs, n);
                    JdbcFacilityStore.rememberJoined(rs, listing.doctor(), scope);
                    return listing;
                }).list();
    }

    @Override
    public Listing start(NewListing listing) {
        CountyCode county = listing.listingCounty() != null ? listing.listingCounty() : settings.county();
        return jdbc.sql("""
                        insert into listing (person_id, code, code_system, facility_hsa_id, listing_county, doctor_hsa_id,
                                             valid_from, active, start_reason, source, actor_type, actor_id)
                        values (:person, :code, :codeSystem, %s, :county, %s,
                                :validFrom, true, :reason, :source, :actorType, :actorId)
                        returning %s""".formatted(FACILITY_ID, DOCTOR_ID, COLUMNS))
                .param("person", listing.person().value())
                .param("code", listing.listingType().code())
                .param("codeSystem", listing.listingType().codeSystem())
                .param("facility", Rows.value(listing.facility()), Types.VARCHAR)
                .param("county", county.code())
                .param("doctor", Rows.value(listing.doctor()), Types.VARCHAR)
                .param("validFrom", listing.validFrom())
                .param("reason", listing.reason().name())
                .param("source", listing.source())
                .param("actorType", listing.actor() == null ? null : listing.actor().type().name(), Types.VARCHAR)
                .param("actorId", listing.actor() == null ? null : listing.actor().idValue(), Types.VARCHAR)
                .query(JdbcListingStore::listing).single();
    }

    @Override
    public void end(long listingId, LocalDateTime at, ListingReason reason) {
        PlaceFreed freed = jdbc.sql("""
                        update listing set active = false, ended_at = :at, end_reason = :reason,
                               valid_to = case when valid_to is null or valid_to > :at then :at else valid_to end
                        where id = :id and active
                        returning facility_hsa_id, code, code_system""")
                .param("id", listingId)
                .param("at", at)
                .param("reason", reason.name())
                .query((rs, n) -> new PlaceFreed(Rows.hsaId(rs, "facility_hsa_id"),
                        new ListingTypeCode(rs.getString("code"), rs.getString("code_system"))))
                .optional()
                .orElseThrow(() -> new IllegalStateException("listing " + listingId + " is not active"));
        if (freed.facility() != null) {
            events.publishEvent(freed);
        }
    }

    @Override
    public void changeDoctor(long listingId, HsaId doctor, LocalDateTime at) {
        int updated = jdbc.sql("update listing set doctor_hsa_id = " + DOCTOR_ID + " where id = :id and active")
                .param("id", listingId)
                .param("doctor", Rows.value(doctor), Types.VARCHAR)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("listing " + listingId + " is not active");
        }
        jdbc.sql("insert into listing_doctor_change (listing_id, doctor_hsa_id, changed_at) values (:id, "
                        + "coalesce(" + DOCTOR_ID + ", :doctor), :at)")
                .param("id", listingId)
                .param("doctor", Rows.value(doctor), Types.VARCHAR)
                .param("at", at)
                .update();
    }

    private static Listing listing(ResultSet rs, int n) throws SQLException {
        return new Listing(
                rs.getLong("id"),
                Rows.personId(rs, "person_id"),
                new ListingTypeCode(rs.getString("code"), rs.getString("code_system")),
                Rows.hsaId(rs, "facility_hsa_id"),
                CountyCode.of(rs.getString("listing_county")),
                Rows.hsaId(rs, "doctor_hsa_id"),
                Rows.time(rs, "valid_from"),
                Rows.time(rs, "valid_to"),
                ListingReason.valueOf(rs.getString("start_reason")));
    }
}
