package se.listning.region.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.listning.domain.identity.CountyCode;

class DemoDataLoaderIT extends DemoRegionIT {

    @Autowired
    DemoDataLoader loader;

    @Autowired
    Clock clock;

    @Test
    void loadsCatalogueAndGeneratedRegionWithTheExpectedRowCounts() {
        DemoDataSet expected = new DemoDataSet(CountyCode.of(COUNTY), RESIDENTS, LocalDate.now(clock));
        long personas = TestDataCatalogue.Role.values().length + TestDataCatalogue.visitorRoles().size();
        assertThat(count("select count(*) from person")).isEqualTo(RESIDENTS + expected.generator().visitorCount() + personas);
        assertThat(count("select count(*) from person where resident")).isEqualTo(RESIDENTS + TestDataCatalogue.Role.values().length);
        assertThat(count("select count(*) from facility")).isEqualTo(5 + expected.generator().facilities().size());
        assertThat(count("select count(*) from facility where listable")).isEqualTo(expected.listableFacilityCount());
        assertThat(count("select count(*) from doctor")).isEqualTo(5 + expected.generator().doctors().size());
        assertThat(count("select count(*) from listing_type")).isEqualTo(3);
        assertThat(count("select count(*) from municipality")).isEqualTo(290);
        assertThat(count("select count(*) from listing where active")).isGreaterThan(RESIDENTS * 8L / 10);
        assertThat(count("select count(*) from listing where not active")).isPositive();
        assertThat(count("select count(*) from relisting")).isPositive();
        assertThat(count("select count(*) from guardianship")).isGreaterThan(RESIDENTS / 10L);
        assertThat(count("select count(*) from person where protected_identity")).isPositive();
        assertThat(count("select count(*) from person where coordination_number")).isPositive();
        assertThat(count("select count(*) from person where not resident and home_county <> '01'")).isPositive();
    }

    @Test
    void atMostOneActiveListingPerPersonAndType() {
        assertThat(count("""
                select count(*) from (select person_id from listing where active
                group by person_id, code, code_system having count(*) > 1) x""")).isZero();
    }

    @Test
    void noUnitIsOverItsCapAndQueuesExistOnlyAtFullUnitsThatOfferThem() {
        assertThat(count("""
                select count(*) from facility f join (select facility_hsa_id, code, code_system, count(*) n from listing
                  where active group by 1, 2, 3) l on l.facility_hsa_id = f.hsa_id
                where f.max_listed is not null and l.n > f.max_listed""")).isZero();
        assertThat(count("""
                select count(*) from queue_place q join facility f on f.hsa_id = q.facility_hsa_id
                where q.active and (not f.offers_queue or f.max_listed is null or f.max_listed >
                  (select count(*) from listing l where l.active and l.facility_hsa_id = f.hsa_id
                   and l.code = q.code and l.code_system = q.code_system))""")).isZero();
        assertThat(count("select count(*) from queue_place where active")).isPositive();
        assertThat(count("""
                select count(*) from queue_place q join listing l on l.person_id = q.person_id and l.active
                  and l.facility_hsa_id = q.facility_hsa_id and l.code = q.code
                where q.active""")).as("nobody queues where already listed").isZero();
    }

    @Test
    void doctorsCapsAndUnitsAreRespected() {
        assertThat(count("""
                select count(*) from doctor d join (select doctor_hsa_id, count(*) n from listing where active
                  group by 1) l on l.doctor_hsa_id = d.hsa_id
                where d.max_patients is not null and l.n > d.max_patients""")).isZero();
        assertThat(count("""
                select count(*) from listing l join doctor d on d.hsa_id = l.doctor_hsa_id
                join facility f on f.hsa_id = l.facility_hsa_id
                where l.active and (d.facility_hsa_id <> l.facility_hsa_id or not d.active or not f.supports_personnel)""")).isZero();
        assertThat(count("select count(*) from listing where active and doctor_hsa_id is not null")).isPositive();
        assertThat(count("select count(*) from doctor where facility_hsa_id like 'SE2321000016-%'"))
                .isEqualTo(count("select count(*) from doctor"));
    }

    @Test
    void historyRelistingsGuardiansAndProtectedIdentitiesAreConsistent() {
        assertThat(count("select count(*) from listing where not active and (ended_at is null or end_reason is null or valid_to <> ended_at)"))
                .isZero();
        assertThat(count("select count(*) from listing where valid_from > localtimestamp")).isZero();
        assertThat(count("""
                select count(*) from (select person_id from relisting where counted_at > localtimestamp - interval '12 months'
                group by person_id, code, code_system having count(*) > 2) x""")).isZero();
        assertThat(count("""
                select count(*) from person p where p.resident and p.birth_date > current_date - interval '18 years'
                and not exists (select 1 from guardianship g where g.child_id = p.person_id)""")).isZero();
        assertThat(count("""
                select count(*) from guardianship g join person c on c.person_id = g.child_id
                join person a on a.person_id = g.guardian_id
                where a.birth_date > c.birth_date - interval '18 years'""")).isZero();
        assertThat(count("select count(*) from person where protected_identity and street_address is not null")).isZero();
        assertThat(count("select count(*) from listing where active and code = 'BVC' and "
                + "exists (select 1 from person p where p.person_id = listing.person_id and p.birth_date <= current_date - interval '7 years')"))
                .as("BVC only for 0–6").isZero();
        assertThat(count("""
                select count(*) from listing l where l.active and l.facility_hsa_id is not null and l.code <> 'PV'
                and not exists (select 1 from facility_listing_type t where t.facility_hsa_id = l.facility_hsa_id
                  and t.code = l.code and t.code_system = l.code_system)""")).as("units offer the types listed there").isZero();
    }

    @Test
    void theQueueUnitOfTheCatalogueIsFullHasAQueueAndOutflow() {
        TestDataCatalogue catalogue = new TestDataCatalogue(CountyCode.of(COUNTY), LocalDate.now(clock), Municipalities.load());
        String unit = catalogue.unit(TestDataCatalogue.UnitRole.FULL_WITH_QUEUE);
        Map<String, Object> row = jdbc.sql("""
                select (select count(*) from listing where active and facility_hsa_id = :u) listed,
                       (select max_listed from facility where hsa_id = :u) cap,
                       (select count(*) from queue_place where active and facility_hsa_id = :u) queued,
                       (select count(*) from listing where not active and facility_hsa_id = :u
                          and ended_at > localtimestamp - interval '365 days') outflow""")
                .param("u", unit).query().singleRow();
        assertThat(((Number) row.get("listed")).intValue()).isEqualTo(((Number) row.get("cap")).intValue());
        assertThat(((Number) row.get("queued")).intValue()).as("the two catalogue queue places (suite runs may add more)")
                .isGreaterThanOrEqualTo(2);
        assertThat(((Number) row.get("outflow")).intValue()).isEqualTo(3);
    }

    @Test
    void aSecondStartLoadsNothing() throws Exception {
        long persons = count("select count(*) from person");
        loader.run(null);
        assertThat(count("select count(*) from person")).isEqualTo(persons);
        List<String> prefixes = jdbc.sql("select distinct substring(hsa_id from 1 for 13) from facility").query(String.class).list();
        assertThat(prefixes).containsExactly("SE2321000016-");
    }
}
