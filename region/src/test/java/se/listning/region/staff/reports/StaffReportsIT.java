package se.listning.region.staff.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.region.staff.security.StaffHttp;
import se.listning.region.staff.security.StaffUser;
import se.listning.region.testing.RegionIT;
import se.listning.region.testing.StaffFixtures;

/** The reports' numbers on a small fixture set, the VC-chef's limit to own units, and the guarded, audited CSV. */
class StaffReportsIT extends RegionIT {

    @Autowired
    StaffFixtures staff;

    @Test
    void numbersAreRightForTheChefsOwnUnitsOnlyAndTheCsvIsGuardedAndAudited() {
        ListingTypeCode bvc = fixtures.listingType().name("Barnavård").create();
        HsaId own = fixtures.facility().name("=1+2 Hälsocentral").queue(true).cap(3).types(bvc).create();
        HsaId other = fixtures.facility().name("Andra vårdcentralen").create();
        HsaId doctor = fixtures.doctor(own).create();
        PersonId r1 = fixtures.resident().create();
        PersonId r2 = fixtures.resident().create();
        PersonId visitor = fixtures.resident().county("20").create();
        fixtures.listing(r1, own).doctor(doctor).create();
        fixtures.listing(r2, own).doctor(doctor).create();
        fixtures.listing(visitor, own).create();
        fixtures.listing(fixtures.resident().create(), own).type(bvc).create();
        fixtures.listing(fixtures.resident().create(), other).create();
        fixtures.listing(fixtures.resident().county("14").create(), other).create();
        LocalDateTime now = LocalDateTime.now().withNano(0);
        LocalDateTime relistedAt = now.minusMinutes(5);
        PersonId relisted = fixtures.resident().create();
        fixtures.listing(relisted, own).type(bvc).from(relistedAt).create();
        relisting(relisted, bvc, relistedAt);
        relisting(fixtures.resident().create(), ListingTypeCode.PV, relistedAt);   // somewhere else in the region
        queue(fixtures.resident().create(), own, now.minusDays(10), null);
        queue(fixtures.resident().create(), own, now.minusDays(20), null);
        queue(fixtures.resident().create(), own, now.minusDays(30), null);
        queue(fixtures.resident().create(), own, now.minusDays(50), now.minusDays(10));

        StaffUser chefUser = staff.chef(own);
        StaffHttp chef = StaffHttp.signedIn(port, chefUser.username());

        List<String[]> listed = csv(chef, "/staff/reports/listade/csv");
        assertThat(listed.get(0)).containsExactly("Vårdcentral", "HSA-id", "Listningstyp", "Listade");
        assertThat(listed).extracting(r -> r[1]).containsOnly("HSA-id", own.value());
        assertThat(row(listed, "Barnavård")).containsExactly("'=1+2 Hälsocentral", own.value(), "Barnavård", "2");
        assertThat(row(listed, ListingTypeCode.PV_DISPLAY_NAME)[3]).isEqualTo("3");

        List<String[]> visitors = csv(chef, "/staff/reports/utomlans/csv");
        assertThat(visitors).hasSize(2);
        assertThat(visitors.get(1)).containsExactly(CountyCode.of("20").regionName(), "20", "1");

        List<String[]> relistings = csv(chef, "/staff/reports/omlistningar/csv");
        assertThat(relistings).hasSize(25);
        assertThat(relistings.get(24)).containsExactly(YearMonth.now().toString(), "1");

        List<String[]> queues = csv(chef, "/staff/reports/koer/csv");
        assertThat(queues).hasSize(2);
        assertThat(queues.get(1)).containsExactly("'=1+2 Hälsocentral", own.value(), "3", "20,0", "30", "1", "40,0");

        List<String[]> share = csv(chef, "/staff/reports/lakarkontakt/csv");
        assertThat(share).hasSize(2);
        assertThat(share.get(1)).containsExactly("'=1+2 Hälsocentral", own.value(), "5", "2", "40,0");

        HttpResponse<String> page = chef.get("/staff/reports/lakarkontakt");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<svg").contains("<title").contains("40,0 %").doesNotContain(other.value());
        assertThat(chef.get("/staff/reports/utomlans").body())
                .contains("visas bara för vårdvalsbehörig").doesNotContain(CountyCode.of("14").regionName());

        assertThat(jdbc.sql("""
                        select count(*) from audit_event where action = 'REPORT_EXPORT' and actor_id = :actor
                          and person_id is null""")
                .param("actor", chefUser.auditId()).query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void theRegionSeesEveryUnitAndBothDirectionsOfOutOfCountyListings() {
        StaffHttp vardval = StaffHttp.signedIn(port, staff.vardval().username());
        long elsewhereBefore = countyCount(csv(vardval, "/staff/reports/utomlans/csv?tabell=0"), "21");
        HsaId unit = fixtures.facility().create();
        fixtures.listing(fixtures.resident().county("21").create(), unit).create();
        PersonId away = fixtures.resident().create();
        jdbc.sql("""
                        insert into listing (person_id, code, code_system, facility_hsa_id, listing_county, valid_from,
                                             start_reason, source)
                        values (:p, 'PV', :system, null, '21', localtimestamp, 'LISTED_IN_OTHER_REGION', 'fixture')""")
                .param("p", away.value()).param("system", ListingTypeCode.PV.codeSystem()).update();

        assertThat(countyCount(csv(vardval, "/staff/reports/utomlans/csv?tabell=0"), "21"))
                .isEqualTo(elsewhereBefore + 1);
        assertThat(countyCount(csv(vardval, "/staff/reports/utomlans/csv?tabell=1"), "21")).isGreaterThanOrEqualTo(1);
        assertThat(csv(vardval, "/staff/reports/listade/csv")).extracting(r -> r[1]).contains(unit.value());
        assertThat(vardval.get("/staff/reports/finnsinte").statusCode()).isEqualTo(404);
        assertThat(vardval.get("/staff/reports/utomlans/csv?tabell=7").statusCode()).isEqualTo(404);

        StaffHttp admin = StaffHttp.signedIn(port, staff.sysadmin().username());
        assertThat(admin.get("/staff/reports").statusCode()).isEqualTo(403);
        assertThat(admin.get("/staff/reports/listade/csv").statusCode()).isEqualTo(403);
    }

    private List<String[]> csv(StaffHttp http, String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(response.body()).startsWith("\uFEFF");
        return Arrays.stream(response.body().substring(1).split("\r\n")).map(line -> line.split(";", -1)).toList();
    }

    private static long countyCount(List<String[]> rows, String county) {
        return rows.stream().skip(1).filter(r -> r[1].equals(county)).mapToLong(r -> Long.parseLong(r[2])).sum();
    }

    private static String[] row(List<String[]> rows, String type) {
        return rows.stream().filter(r -> r[2].equals(type)).findFirst().orElseThrow();
    }

    private void relisting(PersonId person, ListingTypeCode type, LocalDateTime at) {
        jdbc.sql("insert into relisting (person_id, code, code_system, counted_at, source) values (:p, :c, :s, :at, 'fixture')")
                .param("p", person.value()).param("c", type.code()).param("s", type.codeSystem()).param("at", at).update();
    }

    private void queue(PersonId person, HsaId unit, LocalDateTime at, LocalDateTime promotedAt) {
        jdbc.sql("""
                        insert into queue_place (person_id, facility_hsa_id, code, code_system, queued_at, active, left_at,
                                                 leave_reason)
                        values (:p, :u, 'PV', :s, :at, :active, :left, :reason)""")
                .param("p", person.value()).param("u", unit.value()).param("s", ListingTypeCode.PV.codeSystem())
                .param("at", at).param("active", promotedAt == null)
                .param("left", promotedAt, java.sql.Types.TIMESTAMP)
                .param("reason", promotedAt == null ? null : "PROMOTED", java.sql.Types.VARCHAR).update();
    }
}
