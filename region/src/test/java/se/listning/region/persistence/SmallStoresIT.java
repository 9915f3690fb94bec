package se.listning.region.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.listning.domain.identity.Actor;
import se.listning.domain.identity.ActorType;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.ListingType;
import se.listning.region.audit.AuditLog;
import se.listning.region.testing.RegionIT;

class SmallStoresIT extends RegionIT {

    private static final LocalDateTime NOW = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired JdbcRelistingLedger ledger;
    @Autowired JdbcGuardianConsentStore consents;
    @Autowired OutboxCrossCountyNotifier notifier;
    @Autowired JdbcListingTypeStore listingTypes;
    @Autowired AuditLog audit;

    @Test
    void ledgerCountsWithinTheWindowPerType() {
        PersonId person = fixtures.resident().create();
        ListingTypeCode other = new ListingTypeCode("BVC", "1.2.3");
        ledger.record(person, ListingTypeCode.PV, NOW.minusMonths(13), "CreateListing");
        ledger.record(person, ListingTypeCode.PV, NOW.minusMonths(2), "CreateListing");
        ledger.record(person, other, NOW.minusMonths(2), "CreateListing");
        ledger.grantExemption(person, ListingTypeCode.PV, NOW.minusDays(1), "SE2321000016-STAFF", "Flytt inom regionen");

        LocalDateTime since = NOW.minusMonths(12);
        assertThat(ledger.countedSince(person, ListingTypeCode.PV, since)).isEqualTo(1);
        assertThat(ledger.exemptionsSince(person, ListingTypeCode.PV, since)).isEqualTo(1);
        assertThat(ledger.exemptionsSince(person, other, since)).isZero();
    }

    @Test
    void guardianRequestsArePendingUntilCompleted() {
        PersonId guardian = fixtures.resident().create();
        PersonId child = fixtures.resident().guardians(guardian).create();
        HsaId unit = fixtures.facility().create();
        consents.recordRequest(child, guardian, HsaId.of(unit.value().toLowerCase()), ListingTypeCode.PV, NOW.minusDays(40));
        consents.recordRequest(child, guardian, unit, ListingTypeCode.PV, NOW.minusDays(1));

        var pending = consents.pending(child, unit, ListingTypeCode.PV, NOW.minusDays(30));
        assertThat(pending).singleElement().satisfies(r -> {
            assertThat(r.guardian()).isEqualTo(guardian);
            assertThat(r.facility().value()).isEqualTo(unit.value());
        });

        consents.complete(child, ListingTypeCode.PV, NOW);

        assertThat(consents.pending(child, unit, ListingTypeCode.PV, NOW.minusYears(1))).isEmpty();
    }

    @Test
    void outboxRowIsPendingAndDueNow() {
        PersonId person = fixtures.resident().create();

        notifier.notifyUpdateListing(CountyCode.of("20"), person, CountyCode.of("01"), CountyCode.of("20"), Optional.empty());

        Map<String, Object> row = jdbc.sql("""
                        select receiver_county, new_listing_county, state, attempts, code, next_attempt_at <= localtimestamp + interval '1 minute' as due
                        from outbox_update_listing where person_id = :p""")
                .param("p", person.value()).query().singleRow();
        assertThat(row).containsEntry("receiver_county", "20").containsEntry("new_listing_county", "01")
                .containsEntry("state", "PENDING").containsEntry("attempts", 0).containsEntry("due", true);
        assertThat(row.get("code")).isNull();
    }

    @Test
    void listingTypesStartWithPvAndCarryTheirRules() {
        // wide age range: the SOAP ITs share this database and expect only their child type to be age-limited
        ListingTypeCode bvc = fixtures.listingType().scope("INTER_REGIONAL").ages(1, 110).maxRelistings(1)
                .collaborating("03", "04").create();

        var all = listingTypes.all();

        assertThat(all.get(0).code()).isEqualTo(ListingTypeCode.PV);
        ListingType found = listingTypes.find(bvc).orElseThrow();
        assertThat(found.scope()).isEqualTo(ListingType.Scope.INTER_REGIONAL);
        assertThat(found.minAge()).isEqualTo(1);
        assertThat(found.maxAge()).isEqualTo(110);
        assertThat(found.maxRelistings()).isEqualTo(1);
        assertThat(found.collaboratingCounties()).containsExactlyInAnyOrder(CountyCode.of("03"), CountyCode.of("04"));
    }

    @Test
    void auditStoresIdentifiersOnly() {
        PersonId person = fixtures.resident().create();

        audit.record("GetListing", "SE2321000016-1177", Actor.organisation(ActorType.REGION, HsaId.of("SE2321000016-ORG")),
                "READ", person, "OK");

        Map<String, Object> row = jdbc.sql("select * from audit_event where person_id = :p").param("p", person.value())
                .query().singleRow();
        assertThat(row).containsEntry("channel", "GetListing").containsEntry("consumer_id", "SE2321000016-1177")
                .containsEntry("actor_type", "REGION").containsEntry("actor_id", "SE2321000016-ORG")
                .containsEntry("action", "READ").containsEntry("outcome", "OK");
        assertThat(row.get("at")).isNotNull();
    }
}
