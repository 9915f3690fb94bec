package se.listning.region.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.region.reliability.InvariantCheck.Check;
import se.listning.region.testing.RegionIT;

/**
 * Each check of {@link InvariantCheck} catches a planted violation (so none of them is a no-op): the row is
 * written straight to the tables, past the rules and, where needed, with the guarding unique index dropped,
 * all in one transaction that is rolled back afterwards.
 */
class InvariantCheckIT extends RegionIT {

    @Autowired InvariantCheck invariants;
    @Autowired TransactionTemplate transactions;

    /** Plants one violation of each check; answers the masked person (or unit) the violation must name. */
    private final Map<Check, Supplier<String>> plants = new EnumMap<>(Map.ofEntries(
            Map.entry(Check.UNIT_OVER_CAP, () -> {
                HsaId unit = fixtures.facility().cap(1).create();
                fixtures.listing(fixtures.resident().create(), unit).create();
                fixtures.listing(fixtures.resident().create(), unit).create();
                return unit.value();
            }),
            Map.entry(Check.DOCTOR_OVER_CAP, () -> {
                HsaId unit = fixtures.facility().create();
                HsaId doctor = fixtures.doctor(unit).maxPatients(1).create();
                fixtures.listing(fixtures.resident().create(), unit).doctor(doctor).create();
                fixtures.listing(fixtures.resident().create(), unit).doctor(doctor).create();
                return doctor.value();
            }),
            Map.entry(Check.DOUBLE_ACTIVE_LISTING, () -> {
                jdbc.sql("drop index listing_one_active_per_type").update();
                PersonId person = fixtures.resident().create();
                fixtures.listing(person, fixtures.facility().create()).create();
                fixtures.listing(person, fixtures.facility().create()).create();
                return person.masked();
            }),
            Map.entry(Check.OVERLAPPING_LISTINGS, () -> {
                PersonId person = fixtures.resident().create();
                long first = fixtures.listing(person, fixtures.facility().create()).create();
                end(first, LocalDateTime.now().minusMonths(1));
                fixtures.listing(person, fixtures.facility().create()).from(LocalDateTime.now().minusYears(1)).create();
                return person.masked();
            }),
            Map.entry(Check.ACTIVE_LISTING_WITH_END, () -> {
                PersonId person = fixtures.resident().create();
                long id = fixtures.listing(person, fixtures.facility().create()).create();
                jdbc.sql("update listing set end_reason = 'RELISTED' where id = :id").param("id", id).update();
                return person.masked();
            }),
            Map.entry(Check.DOUBLE_QUEUE_PLACE, () -> {
                jdbc.sql("drop index queue_one_active_place").update();
                PersonId person = fixtures.resident().create();
                HsaId unit = fixtures.facility().cap(1).queue(true).create();
                queue(person, unit, LocalDateTime.now().minusDays(2));
                queue(person, unit, LocalDateTime.now().minusDays(1));
                return person.masked();
            }),
            Map.entry(Check.QUEUED_WHERE_LISTED, () -> {
                PersonId person = fixtures.resident().create();
                HsaId unit = fixtures.facility().cap(1).queue(true).create();
                fixtures.listing(person, unit).create();
                queue(person, unit, LocalDateTime.now().minusDays(1));
                return person.masked();
            }),
            Map.entry(Check.QUEUE_ORDER, () -> {
                HsaId unit = fixtures.facility().cap(1).queue(true).create();
                queue(fixtures.resident().create(), unit, LocalDateTime.now().minusDays(2));
                PersonId jumper = fixtures.resident().create();
                long place = queue(jumper, unit, LocalDateTime.now().minusDays(1));
                jdbc.sql("update queue_place set active = false, left_at = localtimestamp, leave_reason = 'PROMOTED' where id = :id")
                        .param("id", place).update();
                return jumper.masked();
            }),
            Map.entry(Check.RELISTINGS_OVER_CAP, () -> {
                PersonId person = fixtures.resident().create();
                for (int monthsAgo = 3; monthsAgo >= 1; monthsAgo--) { // PV allows two
                    jdbc.sql("insert into relisting (person_id, code, code_system, counted_at, source) "
                                    + "values (:p, 'PV', :system, :at, 'planted')")
                            .param("p", person.value()).param("system", ListingTypeCode.PV.codeSystem())
                            .param("at", LocalDateTime.now().minusMonths(monthsAgo)).update();
                }
                return person.masked();
            }),
            Map.entry(Check.DECEASED_STILL_LISTED, () -> {
                PersonId person = fixtures.resident().deceased().create();
                fixtures.listing(person, fixtures.facility().create()).create();
                return person.masked();
            }),
            Map.entry(Check.INCONSISTENT_HOME_RECORD, () -> {
                PersonId person = fixtures.resident().county("20").create();
                jdbc.sql("update person set resident = true where person_id = :p").param("p", person.value()).update();
                fixtures.listing(person, fixtures.facility().create()).create();
                return person.masked();
            })));

    @ParameterizedTest
    @EnumSource(Check.class)
    void eachCheckFindsItsPlantedViolation(Check check) {
        assertThat(plants).as("a planted violation for every check").containsKey(check);
        transactions.executeWithoutResult(tx -> {
            int before = invariants.run(check).size();
            String named = plants.get(check).get();
            List<InvariantCheck.Violation> after = invariants.run(check);
            assertThat(after).hasSizeGreaterThan(before);
            assertThat(after).anySatisfy(v -> assertThat(v.row().values()).contains(named));
            tx.setRollbackOnly();
        });
    }

    @ParameterizedTest
    @EnumSource(Check.class)
    void aRowThatKeepsThePromiseIsNoViolation(Check check) {
        transactions.executeWithoutResult(tx -> {
            int before = invariants.run(check).size();
            HsaId unit = fixtures.facility().cap(2).queue(true).create();
            HsaId doctor = fixtures.doctor(unit).maxPatients(2).create();
            PersonId listed = fixtures.resident().create();
            long earlier = fixtures.listing(listed, fixtures.facility().create()).create();
            end(earlier, LocalDateTime.now().minusMonths(1));
            fixtures.listing(listed, unit).doctor(doctor).from(LocalDateTime.now().minusMonths(1)).create();
            queue(fixtures.resident().create(), unit, LocalDateTime.now().minusDays(1));
            assertThat(invariants.run(check)).hasSize(before);
            tx.setRollbackOnly();
        });
    }

    private void end(long listing, LocalDateTime at) {
        jdbc.sql("update listing set active = false, ended_at = :at, valid_to = :at, end_reason = 'RELISTED' where id = :id")
                .param("at", at).param("id", listing).update();
    }

    private long queue(PersonId person, HsaId unit, LocalDateTime at) {
        return jdbc.sql("insert into queue_place (person_id, facility_hsa_id, code, code_system, queued_at) "
                        + "values (:p, :u, 'PV', :system, :at) returning id")
                .param("p", person.value()).param("u", unit.value()).param("system", ListingTypeCode.PV.codeSystem())
                .param("at", at).query(Long.class).single();
    }
}
