package se.listning.region.crosscounty;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.listning.contracts.carelisting.v2.ResultCodeEnum;
import se.listning.contracts.createlisting.CreateListingResponseType;
import se.listning.contracts.getlisting.GetListingResponseType;
import se.listning.domain.api.Outcome;
import se.listning.domain.api.ResultCode;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;
import se.listning.domain.port.OtherRegions;

/**
 * Three real regions in one JVM — A (01, the residents' home), B (03) and C (04) — each with its own embedded
 * PostgreSQL and HTTP port, calling each other with real SOAP in direct mode (no platform). Covers flows 7, 8,
 * 11a, 11b, 13, the return home, duplicate delivery, per-person FIFO and the back-off schedule.
 */
class CrossCountyIT {

    static final CountyCode A_COUNTY = CountyCode.of("01");
    static final CountyCode B_COUNTY = CountyCode.of("03");
    static final CountyCode C_COUNTY = CountyCode.of("04");

    static RegionNode a;
    static RegionNode b;
    static RegionNode c;
    static HsaId unitA;
    static HsaId unitB;
    static HsaId unitC;

    @BeforeAll
    static void startRegions() {
        a = new RegionNode("01");
        b = new RegionNode("03");
        c = new RegionNode("04");
        a.start(a, b, c);
        b.start(a, b, c);
        c.start(a, b, c);
        unitA = a.fixtures().facility().name("Vårdcentralen Hemma").create();
        unitB = b.fixtures().facility().name("Vårdcentralen Borta").create();
        unitC = c.fixtures().facility().name("Vårdcentralen Tredje").create();
    }

    @AfterAll
    static void stopRegions() {
        for (RegionNode node : new RegionNode[] {c, b, a}) {
            if (node != null) {
                node.stop();
            }
        }
    }

    /** A resident of A, listed at A's unit for two years. */
    static PersonId residentOfA() {
        PersonId person = a.fixtures().resident().create();
        a.fixtures().listing(person, unitA).create();
        return person;
    }

    @Test
    void flow7VisitorListsInBThenReturnsHome() {
        PersonId person = residentOfA();

        CreateListingResponseType created = Citizen.createListing(b, person, unitB, "01");

        assertThat(created.getResultCode()).isEqualTo(ResultCodeEnum.OK);
        assertThat(activeAt(b, person)).containsExactly(unitB.value());
        // A learnt it before B answered (flow 11a when possible): A ended its own listing and counts the change
        assertThat(activeAt(a, person)).containsExactly("elsewhere:03");
        assertThat(endReasons(a, person)).containsExactly("RELISTED");
        assertThat(relistings(a, person)).isEqualTo(1);
        assertThat(outboxStates(b, person)).containsExactly("DELIVERED");
        assertThat(b.bean(OtherRegions.class).listingCounties(A_COUNTY, person)).containsExactly(B_COUNTY);

        // back home: A tells B, B ends its listing
        CreateListingResponseType home = Citizen.createListing(a, person, unitA, null);

        assertThat(home.getResultCode()).isEqualTo(ResultCodeEnum.OK);
        await("B ends the listing", () -> activeAt(b, person).isEmpty());
        assertThat(endReasons(b, person)).containsExactly("RELISTED");
        await("A's notice delivered", () -> outboxStates(a, person).equals(List.of("DELIVERED")));
        assertThat(b.bean(OtherRegions.class).listingCounties(A_COUNTY, person)).containsExactly(A_COUNTY);
    }

    @Test
    void aRepeatedUpdateListingChangesAndCountsNothing() {
        PersonId person = residentOfA();
        OtherRegions fromB = b.bean(OtherRegions.class);

        Outcome first = fromB.updateListing(A_COUNTY, person, B_COUNTY, A_COUNTY, Optional.empty());
        List<String> historyAfterFirst = history(a, person);
        Outcome second = fromB.updateListing(A_COUNTY, person, B_COUNTY, A_COUNTY, Optional.empty());

        assertThat(first.code()).isEqualTo(ResultCode.OK);
        assertThat(second.code()).isEqualTo(ResultCode.OK);
        assertThat(history(a, person)).isEqualTo(historyAfterFirst);
        assertThat(relistings(a, person)).isEqualTo(1);
    }

    @Test
    void flow11aTheHomeRegionRefusesAndBKeepsNothing() {
        PersonId person = residentOfA();
        capUsedUp(person);

        CreateListingResponseType created = Citizen.createListing(b, person, unitB, "01");

        assertThat(created.getResultCode()).isEqualTo(ResultCodeEnum.ERROR_MAXIMUM_ANNUAL_UPDATES_EXCEEDED);
        assertThat(created.getResultText()).contains("Vårdcentralen Borta", "omlistningar");
        assertThat(activeAt(b, person)).isEmpty();
        assertThat(endReasons(b, person)).containsExactly("REFUSED_BY_HOME_REGION");
        assertThat(activeAt(a, person)).containsExactly(unitA.value());
        assertThat(outboxStates(b, person)).containsExactly("REFUSED");
        // the caller was told at once: GetListing does not repeat it
        assertThat(Citizen.getListing(b, person).getResultCode()).isEqualTo(ResultCodeEnum.OK);
        assertThat(b.jdbc().sql("select count(*) from cross_county_refusal where person_id = :p and answered_to_caller")
                .param("p", person.value()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void flow11bHomeRegionDownThenRefusesAndBRevertsAndTellsTheResident() {
        PersonId person = residentOfA();
        capUsedUp(person);
        a.stop();
        try {
            CreateListingResponseType created = Citizen.createListing(b, person, unitB, "01");

            assertThat(created.getResultCode()).isEqualTo(ResultCodeEnum.OK);
            assertThat(activeAt(b, person)).containsExactly(unitB.value());
            Map<String, Object> row = outboxRow(b, person);
            assertThat(row).containsEntry("state", "PENDING").containsEntry("attempts", 1);
            assertThat((String) row.get("last_error")).contains("UpdateListing to county 01 failed")
                    .doesNotContain(person.value());
            // back-off: first-retry (1 s) after the first failure, doubled after the second
            assertThat(waitAfterLastAttempt(row)).isEqualTo(Duration.ofSeconds(1));
            await("second attempt due", () -> !b.bean(OutboxDelivery.class).deliverDue().isEmpty());
            Map<String, Object> second = outboxRow(b, person);
            assertThat(second).containsEntry("attempts", 2);
            assertThat(waitAfterLastAttempt(second)).isEqualTo(Duration.ofSeconds(2));
        } finally {
            a.start(a, b, c);
        }

        await("delivered once due", () -> b.bean(OutboxDelivery.class).deliverDue().stream()
                .anyMatch(d -> d.notice().person().equals(person)));

        assertThat(outboxStates(b, person)).containsExactly("REFUSED");
        assertThat(activeAt(b, person)).isEmpty();
        assertThat(endReasons(b, person)).containsExactly("REFUSED_BY_HOME_REGION");
        assertThat(activeAt(a, person)).containsExactly(unitA.value());
        GetListingResponseType listing = Citizen.getListing(b, person);
        assertThat(listing.getResultCode()).isEqualTo(ResultCodeEnum.INFO);
        assertThat(listing.getResultText()).startsWith("Din listning på Vårdcentralen Borta kunde inte genomföras")
                .contains("hemregion (Region Stockholm)");
        assertThat(listing.getListings()).isEmpty();
    }

    @Test
    void flow8FromCToBTheHomeRegionForwardsAndCEnds() {
        PersonId person = residentOfA();
        assertThat(Citizen.createListing(c, person, unitC, "01").getResultCode()).isEqualTo(ResultCodeEnum.OK);
        assertThat(activeAt(a, person)).containsExactly("elsewhere:04");

        assertThat(Citizen.createListing(b, person, unitB, "01").getResultCode()).isEqualTo(ResultCodeEnum.OK);

        assertThat(activeAt(a, person)).containsExactly("elsewhere:03");
        await("C ends its listing after A's notice", () -> activeAt(c, person).isEmpty());
        assertThat(endReasons(c, person)).containsExactly("RELISTED");
        assertThat(activeAt(b, person)).containsExactly(unitB.value());
        await("A's notice to C delivered", () -> outboxStates(a, person).equals(List.of("DELIVERED")));
        assertThat(a.jdbc().sql("select receiver_county || '>' || new_listing_county from outbox_update_listing where person_id = :p")
                .param("p", person.value()).query(String.class).list()).containsExactly("04>03");
        // C, not the home region, sends nothing
        assertThat(outboxStates(c, person)).containsExactly("DELIVERED");
    }

    @Test
    void aStaleNoticeOfAnEarlierRegionIsRefusedAfterAskingThatRegion() {
        PersonId person = residentOfA();
        assertThat(Citizen.createListing(c, person, unitC, "01").getResultCode()).isEqualTo(ResultCodeEnum.OK);
        assertThat(Citizen.createListing(b, person, unitB, "01").getResultCode()).isEqualTo(ResultCodeEnum.OK);
        await("C ends its listing after A's notice", () -> activeAt(c, person).isEmpty());
        List<String> historyBefore = history(a, person);
        int relistingsBefore = relistings(a, person);

        // C's old notice again (a replay, or a resend whose first answer was lost): A asks C, C has no listing
        Outcome stale = c.bean(OtherRegions.class).updateListing(A_COUNTY, person, C_COUNTY, A_COUNTY, Optional.empty());

        assertThat(stale.code()).isEqualTo(ResultCode.ERROR);
        assertThat(stale.text()).startsWith("Meddelandet är inaktuellt: personen är inte listad i");
        assertThat(history(a, person)).isEqualTo(historyBefore);
        assertThat(relistings(a, person)).isEqualTo(relistingsBefore);
        assertThat(activeAt(a, person)).containsExactly("elsewhere:03");
        assertThat(activeAt(b, person)).containsExactly(unitB.value());
        assertThat(a.jdbc().sql("select count(*) from outbox_update_listing where person_id = :p and receiver_county = '03'")
                .param("p", person.value()).query(Integer.class).single()).isZero();
    }

    @Test
    void flow13ClosingAUnitInBHandsTheVisitorBackToA() throws Exception {
        HsaId closing = b.fixtures().facility().name("Vårdcentralen Stänger").create();
        PersonId visitor = residentOfA();
        PersonId residentOfB = b.fixtures().resident().create();
        b.fixtures().listing(residentOfB, closing).create();
        assertThat(Citizen.createListing(b, visitor, closing, "01").getResultCode()).isEqualTo(ResultCodeEnum.OK);
        assertThat(activeAt(a, visitor)).containsExactly("elsewhere:03");

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(b.url("/admin/facilities/" + closing.value() + "/close")))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"closedNow\":true", "\"listingsEnded\":2", "\"homeRegionsNotified\":1");
        assertThat(endReasons(b, visitor)).containsExactly("UNIT_CLOSED");
        assertThat(endReasons(b, residentOfB)).containsExactly("UNIT_CLOSED");
        await("A clears its record", () -> activeAt(a, visitor).isEmpty());
        assertThat(endReasons(a, visitor)).containsExactly("RELISTED", "CROSS_COUNTY_ENDED");
        assertThat(b.bean(OtherRegions.class).listingCounties(A_COUNTY, visitor)).isEmpty();
        assertThat(b.jdbc().sql("select listable from facility where hsa_id = :id").param("id", closing.value())
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void aLaterNoticeWaitsWhileAnEarlierOneForThePersonIsPending() {
        PersonId person = residentOfA();
        b.fixtures().resident().county("01").create();
        // the earlier notice goes to a county no route leads to: it stays pending with back-off
        long earlier = insertNotice(b, "05", person, "03", "05");
        long later = insertNotice(b, "01", person, "03", "01");

        List<OutboxDelivery.Delivery> round = b.bean(OutboxDelivery.class).deliverDue();

        assertThat(round).filteredOn(d -> d.notice().person().equals(person))
                .extracting(d -> d.notice().id()).containsExactly(earlier);
        assertThat(state(b, earlier)).isEqualTo("PENDING");
        assertThat(state(b, later)).isEqualTo("PENDING");
        assertThat(outboxRowById(b, later)).containsEntry("attempts", 0);

        b.jdbc().sql("update outbox_update_listing set state = 'FAILED' where id = :id").param("id", earlier).update();
        b.bean(OutboxDelivery.class).deliverDue();

        assertThat(state(b, later)).isEqualTo("DELIVERED");
        assertThat(activeAt(a, person)).containsExactly("elsewhere:03");
    }

    // ------------------------------------------------------------------ helpers

    /** A has counted two relistings of PV for the person in the last 12 months (the cap is 2). */
    static void capUsedUp(PersonId person) {
        for (int months : new int[] {2, 5}) {
            a.jdbc().sql("""
                            insert into relisting (person_id, code, code_system, counted_at, source)
                            values (:p, 'PV', '1.2.752.129.5.1.27', :at, 'test')""")
                    .param("p", person.value()).param("at", LocalDateTime.now().minusMonths(months)).update();
        }
    }

    static List<String> activeAt(RegionNode node, PersonId person) {
        return node.jdbc().sql("""
                        select coalesce(facility_hsa_id, 'elsewhere:' || listing_county) from listing
                        where person_id = :p and active order by id""")
                .param("p", person.value()).query(String.class).list();
    }

    static List<String> endReasons(RegionNode node, PersonId person) {
        return node.jdbc().sql("select end_reason from listing where person_id = :p and not active order by id")
                .param("p", person.value()).query(String.class).list();
    }

    static List<String> history(RegionNode node, PersonId person) {
        return node.jdbc().sql("""
                        select id || ' ' || coalesce(facility_hsa_id, listing_county) || ' ' || active || ' ' || coalesce(end_reason, '')
                        from listing where person_id = :p order by id""")
                .param("p", person.value()).query(String.class).list();
    }

    static int relistings(RegionNode node, PersonId person) {
        return node.jdbc().sql("select count(*) from relisting where person_id = :p").param("p", person.value())
                .query(Integer.class).single();
    }

    static List<String> outboxStates(RegionNode node, PersonId person) {
        return node.jdbc().sql("select state from outbox_update_listing where person_id = :p order by id")
                .param("p", person.value()).query(String.class).list();
    }

    static Map<String, Object> outboxRow(RegionNode node, PersonId person) {
        return node.jdbc().sql("select * from outbox_update_listing where person_id = :p order by id desc limit 1")
                .param("p", person.value()).query().singleRow();
    }

    static Map<String, Object> outboxRowById(RegionNode node, long id) {
        return node.jdbc().sql("select * from outbox_update_listing where id = :id").param("id", id).query().singleRow();
    }

    static String state(RegionNode node, long id) {
        return (String) outboxRowById(node, id).get("state");
    }

    static Duration waitAfterLastAttempt(Map<String, Object> row) {
        return Duration.between(((java.sql.Timestamp) row.get("last_attempt_at")).toLocalDateTime(),
                ((java.sql.Timestamp) row.get("next_attempt_at")).toLocalDateTime()).withNanos(0);
    }

    static long insertNotice(RegionNode node, String receiver, PersonId person, String newCounty, String home) {
        return node.jdbc().sql("""
                        insert into outbox_update_listing (receiver_county, person_id, new_listing_county, home_county,
                                                           created_at, state, next_attempt_at)
                        values (:r, :p, :n, :h, localtimestamp, 'PENDING', localtimestamp - interval '1 second')
                        returning id""")
                .param("r", receiver).param("p", person.value()).param("n", newCounty).param("h", home)
                .query(Long.class).single();
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
