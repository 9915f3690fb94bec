package se.listning.region.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.listning.domain.api.CareListingService;
import se.listning.domain.api.CreateListingCommand;
import se.listning.domain.api.Outcome;
import se.listning.domain.api.ResultCode;
import se.listning.domain.identity.Actor;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.region.persistence.JdbcRelistingLedger;
import se.listning.region.testing.RegionIT;

/**
 * Races through the real CareListingService bean against the real database: many threads released
 * together by a latch, then the invariants are checked with SQL. The database (row locks, partial
 * unique indexes) must referee every race.
 */
class ListingConcurrencyIT extends RegionIT {

    private static final int THREADS = 10;

    @Autowired CareListingService service;
    @Autowired JdbcRelistingLedger ledger;

    @Test
    void exactlyOneResidentGetsTheLastFreePlace() throws Exception {
        HsaId unit = fixtures.facility().cap(3).create();
        fixtures.listing(fixtures.resident().create(), unit).create();
        fixtures.listing(fixtures.resident().create(), unit).create();
        List<PersonId> racers = residents(THREADS);

        List<Outcome> outcomes = race(THREADS, i -> () -> service.createListing(create(racers.get(i), unit, false)));

        assertThat(outcomes).filteredOn(o -> o.code() == ResultCode.OK).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.code() == ResultCode.ERROR_MAXIMUM_CITIZEN_REACHED_ON_CAREUNIT).hasSize(THREADS - 1);
        assertThat(activeListingsAt(unit)).isEqualTo(3);
    }

    @Test
    void losersOfTheLastPlaceAreQueuedInDistinctPositions() throws Exception {
        HsaId unit = fixtures.facility().cap(1).queue(true).create();
        List<PersonId> racers = residents(THREADS);

        List<Outcome> outcomes = race(THREADS, i -> () -> service.createListing(create(racers.get(i), unit, true)));

        assertThat(outcomes).allMatch(Outcome::isOk);
        assertThat(activeListingsAt(unit)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from queue_place where facility_hsa_id = :f and active")
                .param("f", unit.value()).query(Integer.class).single()).isEqualTo(THREADS - 1);
        assertThat(jdbc.sql("select count(*) from listing l join queue_place q on q.person_id = l.person_id and q.active "
                        + "where l.facility_hsa_id = :f and l.active").param("f", unit.value()).query(Integer.class).single())
                .as("nobody is both listed and queued").isZero();
    }

    @Test
    void onePersonRacingToManyFacilitiesEndsWithOneActiveListingAndConsistentHistory() throws Exception {
        PersonId person = fixtures.resident().create();
        List<HsaId> units = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            units.add(fixtures.facility().create());
        }

        List<Outcome> outcomes = race(THREADS, i -> () -> service.createListing(create(person, units.get(i), false)));

        long ok = outcomes.stream().filter(o -> o.code() == ResultCode.OK).count();
        // the first listing is a choice, then PV allows two counted relistings in the window
        assertThat(ok).isEqualTo(3);
        assertThat(outcomes).filteredOn(o -> o.code() == ResultCode.ERROR_MAXIMUM_ANNUAL_UPDATES_EXCEEDED).hasSize(THREADS - 3);
        assertThat(countFor("select count(*) from listing where person_id = :p and active", person)).isEqualTo(1);
        assertThat(countFor("select count(*) from listing where person_id = :p", person)).isEqualTo(3);
        assertThat(countFor("select count(*) from listing where person_id = :p and not active and end_reason = 'RELISTED'", person))
                .isEqualTo(2);
        assertThat(countFor("select count(*) from relisting where person_id = :p", person)).isEqualTo(2);
        assertThat(countFor("select count(*) from listing where person_id = :p and active and end_reason is not null", person))
                .as("an active listing has no end").isZero();
        assertThat(countFor("select count(*) from listing a join listing b on b.person_id = a.person_id"
                + " and b.id <> a.id and not a.active and b.valid_from >= a.valid_from and b.valid_from < a.ended_at"
                + " where a.person_id = :p", person))
                .as("each listing starts no earlier than the one it replaced ended").isZero();
    }

    @Test
    void theLastRelistingIsGrantedOnceAndCountedOnce() throws Exception {
        PersonId person = fixtures.resident().create();
        fixtures.listing(person, fixtures.facility().create()).create();
        ledger.record(person, ListingTypeCode.PV, java.time.LocalDateTime.now().minusMonths(1), "CreateListing");
        List<HsaId> units = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            units.add(fixtures.facility().create());
        }

        List<Outcome> outcomes = race(THREADS, i -> () -> service.createListing(create(person, units.get(i), false)));

        assertThat(outcomes).filteredOn(o -> o.code() == ResultCode.OK).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.code() == ResultCode.ERROR_MAXIMUM_ANNUAL_UPDATES_EXCEEDED).hasSize(THREADS - 1);
        assertThat(countFor("select count(*) from relisting where person_id = :p", person)).isEqualTo(2);
        assertThat(countFor("select count(*) from listing where person_id = :p and active", person)).isEqualTo(1);
    }

    @Test
    void freedPlacesGoToTheQueueInOrderWhileNewcomersRace() throws Exception {
        HsaId unit = fixtures.facility().cap(2).queue(true).create();
        HsaId elsewhere = fixtures.facility().create();
        List<PersonId> leaving = residents(2);
        leaving.forEach(p -> fixtures.listing(p, unit).create());
        List<PersonId> queued = residents(5);
        for (PersonId p : queued) { // sequential: the queue order is known
            assertThat(service.createListing(create(p, unit, true)).isOk()).isTrue();
        }
        List<PersonId> newcomers = residents(6);

        List<Outcome> outcomes = race(leaving.size() + newcomers.size(), i -> i < leaving.size()
                ? () -> service.createListing(create(leaving.get(i), elsewhere, false))
                : () -> service.createListing(create(newcomers.get(i - leaving.size()), unit, false)));

        assertThat(outcomes.subList(0, leaving.size())).allMatch(o -> o.code() == ResultCode.OK);
        assertThat(outcomes.subList(leaving.size(), outcomes.size()))
                .allMatch(o -> o.code() == ResultCode.ERROR_MAXIMUM_CITIZEN_REACHED_ON_CAREUNIT);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(listedAt(unit)).containsExactlyInAnyOrder(queued.get(0).value(), queued.get(1).value()));
        assertThat(jdbc.sql("select person_id from queue_place where facility_hsa_id = :f and active order by queued_at, id")
                .param("f", unit.value()).query(String.class).list())
                .containsExactly(queued.get(2).value(), queued.get(3).value(), queued.get(4).value());
        assertThat(jdbc.sql("select count(*) from listing where facility_hsa_id = :f and active and start_reason = 'FROM_QUEUE'")
                .param("f", unit.value()).query(Integer.class).single()).isEqualTo(2);
    }

    /**
     * Every relisting away from a capped unit frees a place and triggers queue advancement after commit.
     * With more such calls at once than pooled connections (16), advancing in the committing thread
     * (which still holds its connection) let every connection wait for a second one until Hikari's 30 s
     * timeout. The bound below is a deadlock detector, far above the normal run time, not a speed target.
     */
    @Test
    void manySimultaneousCallsThatFreePlacesNeverExhaustThePool() throws Exception {
        int racers = 40;
        HsaId unit = fixtures.facility().cap(racers).queue(true).create();
        List<PersonId> leaving = residents(racers);
        leaving.forEach(p -> fixtures.listing(p, unit).create());
        PersonId waiting = fixtures.resident().create();
        assertThat(service.createListing(create(waiting, unit, true)).isOk()).isTrue();
        HsaId elsewhere = fixtures.facility().create();

        List<Outcome> outcomes = race(racers, i -> () -> service.createListing(create(leaving.get(i), elsewhere, false)),
                Duration.ofSeconds(25));

        assertThat(outcomes).allMatch(o -> o.code() == ResultCode.OK);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(listedAt(unit)).containsExactly(waiting.value()));
    }

    private List<PersonId> residents(int n) {
        List<PersonId> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(fixtures.resident().create());
        }
        return ids;
    }

    private static CreateListingCommand create(PersonId person, HsaId unit, boolean queue) {
        return new CreateListingCommand(Actor.citizen(person), person, unit, ListingTypeCode.PV, Optional.empty(), queue,
                Optional.empty(), Optional.empty(), CountyCode.of("01"));
    }

    private int activeListingsAt(HsaId unit) {
        return jdbc.sql("select count(*) from listing where facility_hsa_id = :f and active").param("f", unit.value())
                .query(Integer.class).single();
    }

    private List<String> listedAt(HsaId unit) {
        return jdbc.sql("select person_id from listing where facility_hsa_id = :f and active").param("f", unit.value())
                .query(String.class).list();
    }

    private int countFor(String sql, PersonId person) {
        return jdbc.sql(sql).param("p", person.value()).query(Integer.class).single();
    }

    /** Runs n tasks released together; returns their results in task order (exceptions fail the test). */
    private static <T> List<T> race(int n, IntFunction<Callable<T>> task) throws Exception {
        return race(n, task, Duration.ofMinutes(2));
    }

    private static <T> List<T> race(int n, IntFunction<Callable<T>> task, Duration bound) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<T> work = task.apply(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return work.call();
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            long deadline = System.nanoTime() + bound.toNanos();
            for (Future<T> f : futures) {
                results.add(f.get(Math.max(0, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
