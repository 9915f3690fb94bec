package se.listning.region.staff.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.region.staff.security.StaffHttp;
import se.listning.region.staff.security.StaffUser;
import se.listning.region.testing.RegionIT;
import se.listning.region.testing.StaffFixtures;

/** Units and queues through the staff tool over HTTP: settings, authorisation, queue removal, cap raise, closing. */
class StaffUnitsIT extends RegionIT {

    @Autowired
    StaffFixtures staff;

    @Test
    void settingsAreValidatedAndSavedWithAudit() {
        ListingTypeCode bvc = fixtures.listingType().name("Barnavårdscentral").create();
        HsaId unit = fixtures.facility().cap(0).queue(true).create();   // full: the queue stays
        PersonId queued = fixtures.resident().create();
        queue(queued, unit, LocalDateTime.now().minusDays(3));
        StaffHttp vardval = StaffHttp.signedIn(port, staff.vardval().username());
        String path = "/staff/units/" + unit.value();
        vardval.get(path);

        HttpResponse<String> negative = vardval.post(path + "/settings", Map.of("cap", "-1", "offersQueue", "true"));
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).contains("Tak för antal listade måste vara ett heltal");
        HttpResponse<String> text = vardval.post(path + "/settings", Map.of("cap", "många", "offersQueue", "true"));
        assertThat(text.statusCode()).isEqualTo(400);
        HttpResponse<String> queueOff = vardval.post(path + "/settings", Map.of("cap", "50"));
        assertThat(queueOff.statusCode()).isEqualTo(400);
        assertThat(queueOff.body()).contains("Det finns 1 personer i kö: ta bort dem först eller låt kön vara kvar");
        assertThat(cap(unit)).isZero();
        assertThat(offersQueue(unit)).isTrue();

        HttpResponse<String> saved = vardval.post(path + "/settings", Map.of("cap", "", "offersQueue", "true",
                "supportsPersonnel", "true", "types", bvc.code() + "|" + bvc.codeSystem()));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(cap(unit)).isNull();
        assertThat(jdbc.sql("select code from facility_listing_type where facility_hsa_id = :id order by code")
                .param("id", unit.value()).query(String.class).list()).containsExactlyInAnyOrder("PV", bvc.code());
        assertThat(auditCount("UNIT_SETTINGS", unit)).isEqualTo(1);

        HttpResponse<String> unknownType = vardval.post(path + "/settings", Map.of("offersQueue", "true", "types", "NOPE|1.2"));
        assertThat(unknownType.statusCode()).isEqualTo(400);
        assertThat(auditCount("UNIT_SETTINGS", unit)).isEqualTo(1);
    }

    @Test
    void onCallPartnersAreKeptByVardvalAndShownOnThePersonPage() {
        HsaId unit = fixtures.facility().create();
        PersonId person = fixtures.resident().create();
        fixtures.listing(person, unit).create();
        StaffHttp vardval = StaffHttp.signedIn(port, staff.vardval().username());
        StaffHttp chef = StaffHttp.signedIn(port, staff.chef(unit).username());
        String path = "/staff/units/" + unit.value() + "/on-call";

        HttpResponse<String> saved = vardval.post(path, Map.of("partners", "Kungälvs jourcentral; SE2321000016-J001\nNärakuten Ale"));
        HttpResponse<String> badId = vardval.post(path, Map.of("partners", "Jouren; inte ett hsa-id"));
        HttpResponse<String> byChef = chef.post(path, Map.of("partners", ""));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(badId.body()).contains("Rad 1:");
        assertThat(byChef.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select partner_name || coalesce('/' || partner_hsa_id, '') from facility_on_call "
                        + "where facility_hsa_id = :f order by id").param("f", unit.value()).query(String.class).list())
                .containsExactly("Kungälvs jourcentral/SE2321000016-J001", "Närakuten Ale");
        assertThat(auditCount("UNIT_ON_CALL", unit)).isEqualTo(1);
        assertThat(chef.get("/staff/persons/" + person.value()).body()).contains("Kungälvs jourcentral", "Närakuten Ale");
    }

    @Test
    void loweringTheCapBelowListedWarnsAndDelistsNobody() {
        HsaId unit = fixtures.facility().cap(10).create();
        for (int i = 0; i < 3; i++) {
            fixtures.listing(fixtures.resident().create(), unit).create();
        }
        StaffHttp vardval = StaffHttp.signedIn(port, staff.vardval().username());
        vardval.get("/staff/units/" + unit.value());
        assertThat(vardval.post("/staff/units/" + unit.value() + "/settings", Map.of("cap", "2")).statusCode())
                .isEqualTo(302);
        HttpResponse<String> page = vardval.get("/staff/units/" + unit.value());
        assertThat(page.body()).contains("Fler är listade än det nya taket").contains("Ingen avlistas");
        assertThat(cap(unit)).isEqualTo(2);
        assertThat(activeListings(unit)).isEqualTo(3);
    }

    @Test
    void aChefSeesOwnQueueButCannotChangeSettingsOrTouchAnotherUnitsQueue() {
        HsaId own = fixtures.facility().cap(5).queue(true).create();
        HsaId other = fixtures.facility().cap(0).queue(true).create();   // full: the queue stays
        long otherPlace = queue(fixtures.resident().create(), other, LocalDateTime.now().minusDays(1));
        StaffUser chefUser = staff.chef(own);
        StaffHttp chef = StaffHttp.signedIn(port, chefUser.username());

        assertThat(chef.get("/staff/units/" + own.value()).statusCode()).isEqualTo(200);
        assertThat(chef.get("/staff/units/" + own.value() + "/queue").statusCode()).isEqualTo(200);
        assertThat(chef.post("/staff/units/" + own.value() + "/settings", Map.of("cap", "99", "offersQueue", "true"))
                .statusCode()).isEqualTo(403);
        assertThat(cap(own)).isEqualTo(5);
        assertThat(chef.get("/staff/units/" + other.value()).statusCode()).isEqualTo(403);
        HttpResponse<String> otherQueue = chef.get("/staff/units/" + other.value() + "/queue");
        assertThat(otherQueue.statusCode()).isEqualTo(403);
        assertThat(otherQueue.body()).doesNotContain("Testsson");
        chef.get("/staff/units/" + own.value() + "/queue");
        assertThat(chef.post("/staff/units/" + other.value() + "/queue/" + otherPlace + "/remove", Map.of("reason", "Fel"))
                .statusCode()).isEqualTo(403);
        assertThat(chef.post("/staff/units/" + own.value() + "/queue/" + otherPlace + "/remove", Map.of("reason", "Fel"))
                .statusCode()).isEqualTo(302);
        assertThat(placeActive(otherPlace)).isTrue();
        assertThat(chef.get("/staff/units/" + own.value() + "/close").statusCode()).isEqualTo(403);
        assertThat(chef.postWithoutToken("/staff/units/" + own.value() + "/settings", Map.of("cap", "1")).statusCode())
                .isEqualTo(403);
        assertThat(cap(own)).isEqualTo(5);
    }

    @Test
    void removingSomeoneFromTheQueueKeepsTheOthersOrderAndRecordsReasonAndAudit() {
        HsaId unit = fixtures.facility().cap(0).queue(true).create();
        PersonId first = fixtures.resident().create();
        PersonId second = fixtures.resident().create();
        PersonId third = fixtures.resident().create();
        LocalDateTime t = LocalDateTime.now().minusDays(30);
        queue(first, unit, t);
        long secondPlace = queue(second, unit, t.plusDays(1));
        queue(third, unit, t.plusDays(2));
        StaffUser chefUser = staff.chef(unit);
        StaffHttp chef = StaffHttp.signedIn(port, chefUser.username());
        String queuePath = "/staff/units/" + unit.value() + "/queue";
        HttpResponse<String> page = chef.get(queuePath);
        assertThat(page.body()).containsSubsequence(dashed(first), dashed(second), dashed(third));

        assertThat(chef.post(queuePath + "/" + secondPlace + "/remove", Map.of("reason", "  ")).statusCode())
                .isEqualTo(302);
        assertThat(chef.get(queuePath).body()).contains("Ange varför personen tas bort ur kön");
        assertThat(placeActive(secondPlace)).isTrue();

        assertThat(chef.post(queuePath + "/" + secondPlace + "/remove", Map.of("reason", "Har flyttat från orten"))
                .statusCode()).isEqualTo(302);
        assertThat(placeActive(secondPlace)).isFalse();
        assertThat(jdbc.sql("select leave_reason from queue_place where id = :id").param("id", secondPlace)
                .query(String.class).single()).isEqualTo("Har flyttat från orten");
        List<String> remaining = jdbc.sql("""
                        select person_id from queue_place where active and facility_hsa_id = :id order by queued_at, id""")
                .param("id", unit.value()).query(String.class).list();
        assertThat(remaining).containsExactly(first.value(), third.value());
        HttpResponse<String> after = chef.get(queuePath);
        assertThat(after.body()).contains("är borttagen ur kön").containsSubsequence(dashed(first), dashed(third))
                .doesNotContain(dashed(second) + "</td>");
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where action = 'QUEUE_REMOVE' and person_id = :p and unit = :u
                          and purpose = 'Har flyttat från orten' and actor_id = :actor""")
                .param("p", second.value()).param("u", unit.value()).param("actor", chefUser.auditId())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'READ' and person_id = :p and unit = :u")
                .param("p", first.value()).param("u", unit.value()).query(Long.class).single()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void raisingTheCapListsTheFirstInTheQueue() throws InterruptedException {
        HsaId unit = fixtures.facility().cap(1).queue(true).create();
        fixtures.listing(fixtures.resident().create(), unit).create();
        PersonId first = fixtures.resident().create();
        PersonId second = fixtures.resident().create();
        queue(first, unit, LocalDateTime.now().minusDays(10));
        queue(second, unit, LocalDateTime.now().minusDays(5));
        StaffHttp vardval = StaffHttp.signedIn(port, staff.vardval().username());
        vardval.get("/staff/units/" + unit.value());
        assertThat(vardval.post("/staff/units/" + unit.value() + "/settings", Map.of("cap", "2", "offersQueue", "true"))
                .statusCode()).isEqualTo(302);
        for (int i = 0; i < 100 && !listedAt(first, unit); i++) {
            Thread.sleep(100);
        }
        assertThat(listedAt(first, unit)).isTrue();
        assertThat(listedAt(second, unit)).isFalse();
        assertThat(jdbc.sql("select count(*) from queue_place where active and person_id = :p")
                .param("p", second.value()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void closingAUnitThroughTheToolEndsListingsAndTellsVisitorsHomeRegions() {
        HsaId unit = fixtures.facility().name("Vårdcentralen Stängs").cap(2).queue(true).create();
        PersonId resident = fixtures.resident().create();
        PersonId visitor = fixtures.resident().county("20").create();
        PersonId queued = fixtures.resident().create();
        fixtures.listing(resident, unit).create();
        fixtures.listing(visitor, unit).create();
        queue(queued, unit, LocalDateTime.now().minusDays(2));
        StaffUser vardvalUser = staff.vardval();
        StaffHttp vardval = StaffHttp.signedIn(port, vardvalUser.username());

        HttpResponse<String> confirm = vardval.get("/staff/units/" + unit.value() + "/close");
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).containsSubsequence("Aktiva listningar", "2", "utomlänspatienter", "1", "Köplatser", "1");
        assertThat(activeListings(unit)).isEqualTo(2);

        assertThat(vardval.post("/staff/units/" + unit.value() + "/close", Map.of()).statusCode()).isEqualTo(302);
        assertThat(vardval.get("/staff/units/" + unit.value()).body())
                .contains("2 listningar avslutades, 1 hemregioner underrättades").contains("1 köplatser avslutades");
        assertThat(activeListings(unit)).isZero();
        assertThat(jdbc.sql("select count(*) from listing where facility_hsa_id = :id and end_reason = 'UNIT_CLOSED'")
                .param("id", unit.value()).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select receiver_county from outbox_update_listing where person_id = :p")
                .param("p", visitor.value()).query(String.class).list()).containsExactly("20");
        assertThat(jdbc.sql("select listable from facility where hsa_id = :id").param("id", unit.value())
                .query(Boolean.class).single()).isFalse();
        assertThat(auditCount("CLOSE_UNIT", unit)).isEqualTo(1);
    }

    private long queue(PersonId person, HsaId unit, LocalDateTime at) {
        return jdbc.sql("""
                        insert into queue_place (person_id, facility_hsa_id, code, code_system, queued_at)
                        values (:p, :u, :code, :system, :at) returning id""")
                .param("p", person.value()).param("u", unit.value())
                .param("code", ListingTypeCode.PV.code()).param("system", ListingTypeCode.PV.codeSystem())
                .param("at", at).query(Long.class).single();
    }

    private Integer cap(HsaId unit) {
        return jdbc.sql("select max_listed from facility where hsa_id = :id").param("id", unit.value())
                .query((rs, n) -> (Integer) rs.getObject(1)).list().get(0);
    }

    private boolean offersQueue(HsaId unit) {
        return jdbc.sql("select offers_queue from facility where hsa_id = :id").param("id", unit.value())
                .query(Boolean.class).single();
    }

    private long activeListings(HsaId unit) {
        return jdbc.sql("select count(*) from listing where active and facility_hsa_id = :id").param("id", unit.value())
                .query(Long.class).single();
    }

    private boolean listedAt(PersonId person, HsaId unit) {
        return jdbc.sql("select count(*) from listing where active and person_id = :p and facility_hsa_id = :u")
                .param("p", person.value()).param("u", unit.value()).query(Long.class).single() > 0;
    }

    private boolean placeActive(long place) {
        return jdbc.sql("select active from queue_place where id = :id").param("id", place).query(Boolean.class).single();
    }

    private long auditCount(String action, HsaId unit) {
        return jdbc.sql("select count(*) from audit_event where action = :a and unit = :u")
                .param("a", action).param("u", unit.value()).query(Long.class).single();
    }

    private static String dashed(PersonId person) {
        return person.value().substring(0, 8) + "-" + person.value().substring(8);
    }
}
