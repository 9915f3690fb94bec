package se.listning.region.population;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.Listing;
import se.listning.domain.model.ListingReason;
import se.listning.domain.model.NewListing;
import se.listning.domain.port.ListingStore;
import se.listning.domain.port.RegionSettings;
import se.listning.region.audit.AuditRow;
import se.listning.region.audit.SystemActor;
import se.listning.region.audit.TransactionAuditBuffer;

/**
 * Applies one validated register change inside the caller's transaction, under the person's row lock
 * (lock order person → facility, as everywhere). Flow 9 / spec 5.12: a change of county always resets
 * the person's listings here; no UpdateListing is sent for it. Ending a listing goes through the
 * {@link ListingStore} so the freed place moves the facility's queue.
 */
@Component
public class PopulationChangeApplier {

    static final String SOURCE = "folkbokföring";

    private final JdbcClient jdbc;
    private final ListingStore listings;
    private final TransactionAuditBuffer audit;
    private final Clock clock;
    private final CountyCode county;
    private final boolean geographicListing;
    private final PersonKeyColumns keyColumns;

    public PopulationChangeApplier(JdbcClient jdbc, ListingStore listings, TransactionAuditBuffer audit, Clock clock,
                                   RegionSettings settings, PersonKeyColumns keyColumns,
                                   @Value("${listning.passive-listing:off}") String passiveListing) {
        this.jdbc = jdbc;
        this.listings = listings;
        this.audit = audit;
        this.clock = clock;
        this.county = settings.county();
        this.keyColumns = keyColumns;
        this.geographicListing = "geographic".equalsIgnoreCase(passiveListing);
    }

    /** @return true when the change gave the person a geographic (passive) listing */
    public boolean apply(FeedChange change) {
        LocalDateTime now = LocalDateTime.now(clock);
        boolean assigned = false;
        switch (change.type()) {
            case NEW_RESIDENT -> {
                var c = (FeedChange.NewResident) change;
                insertResident(c.person(), c.names(), c.address());
                replaceGuardians(c.person(), c.guardians());
                assigned = assignGeographically(c.person(), c.address().municipality(), now);
            }
            case MOVED_IN -> {
                var c = (FeedChange.MovedIn) change;
                boolean known = lock(c.person());
                endEverything(c.person(), now, ListingReason.MOVED, "MOVED");
                if (known) {
                    updateResident(c.person(), c.names(), c.address());
                } else {
                    insertResident(c.person(), c.names(), c.address());
                }
                replaceGuardians(c.person(), c.guardians());
                assigned = assignGeographically(c.person(), c.address().municipality(), now);
            }
            case MOVED_WITHIN -> {
                var c = (FeedChange.MovedWithin) change;
                lock(c.person());
                jdbc.sql("""
                                update person set municipality_code = :m, street_address = :street, postal_code = :postal,
                                       city = :city where person_id = :id""")
                        .param("m", c.address().municipality())
                        .param("street", c.address().street())
                        .param("postal", c.address().postalCode())
                        .param("city", c.address().city())
                        .param("id", c.person().value())
                        .update();
            }
            case MOVED_OUT -> {
                var c = (FeedChange.MovedOut) change;
                lock(c.person());
                endEverything(c.person(), now, ListingReason.MOVED, "MOVED");
                jdbc.sql("""
                                update person set resident = false, home_county = :county, municipality_code = null
                                where person_id = :id""")
                        .param("county", c.toCounty().code())
                        .param("id", c.person().value())
                        .update();
            }
            case DECEASED -> {
                var c = (FeedChange.Deceased) change;
                lock(c.person());
                endEverything(c.person(), now, ListingReason.DECEASED, "DECEASED");
                jdbc.sql("update person set deceased = true where person_id = :id").param("id", c.person().value()).update();
            }
            case PROTECTED_IDENTITY -> {
                var c = (FeedChange.ProtectedIdentity) change;
                lock(c.person());
                jdbc.sql("update person set protected_identity = :on where person_id = :id")
                        .param("on", c.on())
                        .param("id", c.person().value())
                        .update();
            }
            case GUARDIANS -> {
                var c = (FeedChange.Guardians) change;
                lock(c.person());
                replaceGuardians(c.person(), c.guardians());
            }
            case ID_REPLACED -> replaceId((FeedChange.IdReplaced) change);
        }
        PersonId subject = change instanceof FeedChange.IdReplaced r ? r.newId() : change.person();
        // Per person, in the batch's transaction; the batch's rows go in with one INSERT before it commits.
        audit.add(AuditRow.system(SystemActor.POPULATION_REGISTER, change.type().name(), subject, null,
                assigned ? "GEOGRAPHIC_ASSIGNMENT" : "OK", "line=" + change.line()));
        return assigned;
    }

    private boolean lock(PersonId person) {
        return jdbc.sql("select 1 from person where person_id = :id for update")
                .param("id", person.value()).query(Integer.class).optional().isPresent();
    }

    /** Every active listing (own units and "listed in another region" records) and queue place ends. */
    private void endEverything(PersonId person, LocalDateTime at, ListingReason reason, String queueReason) {
        for (Listing listing : listings.active(person)) {
            listings.end(listing.id(), at, reason);
        }
        jdbc.sql("update queue_place set active = false, left_at = :at, leave_reason = :reason where person_id = :id and active")
                .param("at", at)
                .param("reason", queueReason)
                .param("id", person.value())
                .update();
        jdbc.sql("update guardian_request set completed_at = :at where child_id = :id and completed_at is null")
                .param("at", at)
                .param("id", person.value())
                .update();
    }

    private void insertResident(PersonId person, FeedChange.Names names, FeedChange.Address address) {
        jdbc.sql("""
                        insert into person (person_id, coordination_number, birth_date, home_county, municipality_code, resident,
                                            given_name, family_name, street_address, postal_code, city)
                        values (:id, :coordination, :birth, :county, :m, true, :given, :family, :street, :postal, :city)""")
                .param("id", person.value())
                .param("coordination", person.kind() == PersonId.Kind.SAMORDNINGSNUMMER)
                .param("birth", person.birthDate())
                .param("county", county.code())
                .param("m", address.municipality())
                .param("given", names.given())
                .param("family", names.family())
                .param("street", address.street())
                .param("postal", address.postalCode())
                .param("city", address.city())
                .update();
    }

    private void updateResident(PersonId person, FeedChange.Names names, FeedChange.Address address) {
        jdbc.sql("""
                        update person set home_county = :county, resident = true, municipality_code = :m, given_name = :given,
                               family_name = :family, street_address = :street, postal_code = :postal, city = :city
                        where person_id = :id""")
                .param("id", person.value())
                .param("county", county.code())
                .param("m", address.municipality())
                .param("given", names.given())
                .param("family", names.family())
                .param("street", address.street())
                .param("postal", address.postalCode())
                .param("city", address.city())
                .update();
    }

    private void replaceGuardians(PersonId child, List<PersonId> guardians) {
        jdbc.sql("delete from guardianship where child_id = :id").param("id", child.value()).update();
        for (PersonId guardian : guardians) {
            jdbc.sql("insert into guardianship (child_id, guardian_id) values (:child, :guardian) on conflict do nothing")
                    .param("child", child.value())
                    .param("guardian", guardian.value())
                    .update();
        }
    }

    /**
     * Passive listing (spec 5.11, flow 9 step 3) when the region has switched it on: PV at the first
     * listable unit in the person's municipality that offers PV and has room, by HSA-id (deterministic).
     * The person has no active PV listing here at this point. Not a relisting: nothing is counted.
     */
    private boolean assignGeographically(PersonId person, String municipality, LocalDateTime now) {
        if (!geographicListing) {
            return false;
        }
        List<String> candidates = jdbc.sql("""
                        select f.hsa_id from facility f
                        where f.listable and f.municipality_code = :m
                          and (not exists (select 1 from facility_listing_type t where t.facility_hsa_id = f.hsa_id)
                               or exists (select 1 from facility_listing_type t where t.facility_hsa_id = f.hsa_id
                                          and t.code = :code and t.code_system = :system))
                        order by f.hsa_id""")
                .param("m", municipality)
                .param("code", ListingTypeCode.PV.code())
                .param("system", ListingTypeCode.PV.codeSystem())
                .query(String.class).list();
        for (String hsaId : candidates) {
            int max = jdbc.sql("select coalesce(max_listed, -1) from facility where hsa_id = :id for update")
                    .param("id", hsaId).query(Integer.class).single();
            if (max >= 0) {
                int listed = jdbc.sql("""
                                select count(*) from listing where facility_hsa_id = :id and active
                                  and code = :code and code_system = :system""")
                        .param("id", hsaId)
                        .param("code", ListingTypeCode.PV.code())
                        .param("system", ListingTypeCode.PV.codeSystem())
                        .query(Integer.class).single();
                if (listed >= max) {
                    continue;
                }
            }
            listings.start(new NewListing(person, ListingTypeCode.PV, HsaId.of(hsaId), county, null, now,
                    ListingReason.GEOGRAPHIC_ASSIGNMENT, SOURCE, null));
            return true;
        }
        return false;
    }

    /**
     * Samordningsnummer → personnummer: a new person row, every reference re-keyed, the old row
     * removed. The audit log keeps the old id (it is a record of what happened then).
     */
    private void replaceId(FeedChange.IdReplaced change) {
        String oldId = change.person().value();
        String newId = change.newId().value();
        lock(change.person());
        jdbc.sql("""
                        insert into person (person_id, coordination_number, birth_date, home_county, municipality_code, resident,
                                            given_name, family_name, street_address, postal_code, city, protected_identity,
                                            deceased, created_at)
                        select :newId, false, :birth, home_county, municipality_code, resident, given_name, family_name,
                               street_address, postal_code, city, protected_identity, deceased, created_at
                        from person where person_id = :oldId""")
                .param("newId", newId)
                .param("birth", change.newId().birthDate())
                .param("oldId", oldId)
                .update();
        for (PersonKeyColumns.Column column : keyColumns.columns()) {
            jdbc.sql("update " + column.table() + " set " + column.column() + " = :newId where " + column.column() + " = :oldId")
                    .param("newId", newId)
                    .param("oldId", oldId)
                    .update();
        }
        jdbc.sql("delete from person where person_id = :oldId").param("oldId", oldId).update();
        audit.add(AuditRow.system(SystemActor.POPULATION_REGISTER, "ID_REPLACED_FROM", change.person(), null, "OK",
                "ersatt av " + change.newId().masked()));
    }
}
