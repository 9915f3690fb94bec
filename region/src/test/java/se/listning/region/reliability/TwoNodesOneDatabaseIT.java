package se.listning.region.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.aop.support.AopUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.listning.region.persistence.JdbcListingTypeStore;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.region.config.SchedulingLockConfig;
import se.listning.region.crosscounty.OutboxDelivery;
import se.listning.region.listing.QueueAdvancement;
import se.listning.region.staff.security.StaffUsers;
import se.listning.region.staff.upload.CsvUploads;
import se.listning.region.staff.upload.UploadDriver;
import se.listning.region.testing.Fixtures;
import se.listning.region.testing.StaffFixtures;

/**
 * Two region nodes on one PostgreSQL under concurrent load (issue 7 point 1, ADR 0003 across processes'
 * worth of connection pools and schedulers): citizens' CreateListing as real SOAP over HTTP, split across both
 * nodes and released together; the database must referee every race. After every scenario the
 * {@link InvariantCheck} finds nothing. The figures go to docs/RELIABILITY.md ("Two nodes, one database").
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesOneDatabaseIT {

    private static final String FULL = "ERROR_MAXIMUM_CITIZEN_REACHED_ON_CAREUNIT";
    private static final String NO_MORE_CHANGES = "ERROR_MAXIMUM_ANNUAL_UPDATES_EXCEEDED";

    private TwoNodes nodes;
    private CreateListingCalls soap;
    private JdbcClient jdbc;
    private Fixtures fixtures;
    private final Map<String, String> figures = new LinkedHashMap<>();

    @BeforeAll
    void start() {
        nodes = new TwoNodes();
        soap = new CreateListingCalls(nodes);
        jdbc = nodes.bean(0, JdbcClient.class);
        fixtures = new Fixtures(jdbc, nodes.bean(0, JdbcListingTypeStore.class), TwoNodes.COUNTY);
    }

    @AfterEach
    void invariantsHold() {
        assertThat(nodes.bean(0, InvariantCheck.class).all()).isEmpty();
    }

    @AfterAll
    void stop() {
        figures.forEach((scenario, line) -> System.out.println("[two nodes] " + scenario + ": " + line));
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    @Order(1)
    void hundredsOfCreateListingOnFewFreePlacesNeverOverbook() throws Exception {
        int cap = 3;
        int perUnit = 30;
        List<HsaId> withQueue = units(5, cap, true);
        List<HsaId> withoutQueue = units(5, cap, false);
        List<HsaId> all = new ArrayList<>(withQueue);
        all.addAll(withoutQueue);
        List<PersonId> persons = residents(all.size() * perUnit);

        // request i goes to unit i % 10 through node (i / 10) % 2: every unit is raced from both nodes
        List<String> codes = race(persons.size(), i -> () -> soap.create((i / all.size()) % 2, persons.get(i),
                all.get(i % all.size()), withQueue.contains(all.get(i % all.size()))));

        for (HsaId unit : all) {
            assertThat(activeAt(unit)).as("listed at %s", unit).isEqualTo(cap);
        }
        for (HsaId unit : withQueue) {
            assertThat(queuedAt(unit)).as("queued at %s", unit).hasSize(perUnit - cap);
        }
        long ok = count(codes, "OK");
        long refused = count(codes, FULL);
        assertThat(ok).isEqualTo(all.size() * cap + withQueue.size() * (perUnit - cap));
        assertThat(refused).isEqualTo(withoutQueue.size() * (perUnit - cap));
        assertThat(ok + refused).isEqualTo(persons.size());
        figures.put("last places", persons.size() + " CreateListing on 10 units with 3 places each (5 with a queue): "
                + (all.size() * cap) + " listed, " + (ok - all.size() * cap) + " queued, " + refused + " refused (" + FULL + ")");
    }

    @Test
    @Order(2)
    void thePersonsRelistingOnBothNodesAtOnceAreCountedExactly() throws Exception {
        List<HsaId> targets = units(6, null, false);
        HsaId home = fixtures.facility().create();
        List<PersonId> fresh = residents(20);
        List<PersonId> oneUsed = residents(20);
        List<PersonId> persons = new ArrayList<>(fresh);
        persons.addAll(oneUsed);
        persons.forEach(p -> fixtures.listing(p, home).create());
        oneUsed.forEach(p -> jdbc.sql("insert into relisting (person_id, code, code_system, counted_at, source) "
                        + "values (:p, 'PV', :system, :at, 'fixture')").param("p", p.value())
                .param("system", ListingTypeCode.PV.codeSystem())
                .param("at", LocalDateTime.now().minusMonths(1)).update());

        // person p asks for all six units at once, three requests through each node
        int n = persons.size() * targets.size();
        List<String> codes = race(n, k -> () -> soap.create(k % 2, persons.get(k / targets.size()),
                targets.get(k % targets.size()), false));

        for (int p = 0; p < persons.size(); p++) {
            PersonId person = persons.get(p);
            List<String> own = codes.subList(p * targets.size(), (p + 1) * targets.size());
            int prior = p < fresh.size() ? 0 : 1;
            long ok = count(own, "OK");
            assertThat(ok).as("granted relistings").isEqualTo(2 - prior);
            assertThat(count(own, NO_MORE_CHANGES)).isEqualTo(targets.size() - ok);
            assertThat(countFor("select count(*) from relisting where person_id = :p", person))
                    .as("ledger counts exactly the granted relistings").isEqualTo(prior + ok);
            assertThat(countFor("select count(*) from listing where person_id = :p", person)).isEqualTo(1 + ok);
            assertThat(countFor("select count(*) from listing where person_id = :p and active", person)).isEqualTo(1);
        }
        figures.put("relisting at once", n + " CreateListing by " + persons.size() + " persons (6 each, split over both nodes): "
                + count(codes, "OK") + " OK = relistings recorded, " + count(codes, NO_MORE_CHANGES) + " refused ("
                + NO_MORE_CHANGES + ")");
    }

    @Test
    @Order(3)
    void queuePromotionsOnBothNodesRacingNewcomersKeepTheQueueOrder() throws Exception {
        int cap = 5;
        int queued = 8;
        List<HsaId> units = units(4, cap, true);
        HsaId elsewhere = fixtures.facility().create();
        List<PersonId> leaving = new ArrayList<>();
        Map<HsaId, List<String>> queueOrder = new LinkedHashMap<>();
        for (HsaId unit : units) {
            residents(cap).forEach(p -> {
                fixtures.listing(p, unit).create();
                leaving.add(p);
            });
            List<String> order = new ArrayList<>();
            for (PersonId p : residents(queued)) { // one after the other: the queue order is known
                assertThat(soap.create(order.size() % 2, p, unit, true)).isEqualTo("OK");
                order.add(p.value());
            }
            assertThat(queuedAt(unit)).containsExactlyElementsOf(order);
            queueOrder.put(unit, order);
        }
        List<PersonId> newcomers = residents(units.size() * 10);

        int n = leaving.size() + newcomers.size();
        List<String> codes = race(n, i -> i < leaving.size()
                ? () -> soap.create(i % 2, leaving.get(i), elsewhere, false)
                : () -> soap.create(i % 2, newcomers.get(i - leaving.size()), units.get(i % units.size()), true));

        assertThat(codes).allMatch("OK"::equals);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (HsaId unit : units) {
                assertThat(listedAt(unit)).containsExactlyInAnyOrderElementsOf(queueOrder.get(unit).subList(0, cap));
            }
        });
        for (HsaId unit : units) {
            List<String> waiting = queuedAt(unit);
            assertThat(waiting.subList(0, queued - cap)).containsExactlyElementsOf(queueOrder.get(unit).subList(cap, queued));
            assertThat(waiting).hasSize(queued - cap + 10);
        }
        figures.put("promotions racing newcomers", leaving.size() + " listed persons leaving 4 full units (cap 5, 8 queued each) "
                + "while " + newcomers.size() + " newcomers ask for them, over both nodes: " + (units.size() * cap)
                + " promoted in queue order, 0 newcomers listed ahead of the queue");
    }

    @Test
    @Order(4)
    void aCsvUploadOnNodeOneRacingCitizensOnNodeTwoIsAppliedWholeOrNotAtAll() throws Exception {
        HsaId unit = fixtures.facility().create();
        HsaId doctor = fixtures.doctor(unit).maxPatients(50).create();
        HsaId elsewhere = fixtures.facility().create();
        List<PersonId> inFile = residents(40);
        inFile.forEach(p -> fixtures.listing(p, unit).create());
        List<PersonId> newcomers = residents(15);
        String csv = inFile.stream().map(p -> p.value() + ";" + unit.value() + ";" + doctor.value())
                .collect(Collectors.joining("\n"));
        ApplicationContext first = nodes.context(0);
        StaffFixtures staff = new StaffFixtures(nodes.bean(0, StaffUsers.class), nodes.bean(0, PasswordEncoder.class));
        var vardval = staff.vardval();

        // task 0: the upload on node 1; then 20 persons of the file leave for another unit and 15 newcomers list
        // at the unit, all through node 2
        int n = 1 + 20 + newcomers.size();
        List<String> results = race(n, i -> i == 0
                ? () -> UploadDriver.upload(first, vardval, csv).state()
                : i <= 20 ? () -> soap.create(1, inFile.get(i - 1), elsewhere, false)
                : () -> soap.create(1, newcomers.get(i - 21), unit, false));

        String state = results.get(0);
        assertThat(state).isIn("APPLIED", "REJECTED", "REFUSED");
        assertThat(results.subList(1, 21)).allMatch("OK"::equals);
        CsvUploads.Upload upload = jdbc.sql("select id from csv_upload order by id desc limit 1").query(Long.class).optional()
                .flatMap(id -> nodes.bean(0, CsvUploads.class).find(id)).orElseThrow();
        long changed = jdbc.sql("""
                        select count(*) from audit_event_person p join audit_event e on e.id = p.event_id
                        where e.action = 'SET_DOCTOR' and e.detail like :d""")
                .param("d", "upload=" + upload.id() + " %").query(Long.class).single();
        List<String> stillListed = listedAt(unit);
        List<String> fileWithDoctor = jdbc.sql("select person_id from listing where facility_hsa_id = :u and active "
                + "and doctor_hsa_id = :d").param("u", unit.value()).param("d", doctor.value()).query(String.class).list();
        List<String> fileStillListed = inFile.stream().map(PersonId::value).filter(stillListed::contains).toList();
        if (state.equals("APPLIED")) {
            assertThat(fileWithDoctor).as("every file row still listed got the doctor").containsAll(fileStillListed);
            assertThat(changed).isEqualTo(upload.updated());
        } else {
            assertThat(fileWithDoctor).as("nothing of a refused upload applied").doesNotContainAnyElementsOf(
                    inFile.stream().map(PersonId::value).toList());
            assertThat(changed).isZero();
        }
        figures.put("CSV upload racing citizens", "upload of 40 rows on node 1 " + state + " (updated " + upload.updated()
                + "), racing 20 relistings away and " + newcomers.size() + " newcomers at the unit on node 2: "
                + count(results, "OK") + " OK, " + (results.size() - 1 - count(results, "OK")) + " refused");
    }

    /**
     * Was a known failure (docs/RELIABILITY.md, "CSV upload on several nodes"): the upload counted the doctor's
     * patients without the unit lock CreateListing takes for its doctor check, so both passed on the same free
     * slots (seen: 1015 patients, cap 1010). The upload now takes the units' row locks before it checks.
     */
    @Test
    @Order(5)
    void aCsvUploadAndCitizensChoosingTheSameDoctorNeverExceedTheDoctorsCap() throws Exception {
        HsaId unit = fixtures.facility().create();
        HsaId doctor = fixtures.doctor(unit).maxPatients(1010).create();
        List<PersonId> inFile = residents(1000);
        inFile.forEach(p -> fixtures.listing(p, unit).create());
        List<PersonId> newcomers = residents(15);
        String csv = inFile.stream().map(p -> p.value() + ";" + unit.value() + ";" + doctor.value())
                .collect(Collectors.joining("\n"));
        StaffFixtures staff = new StaffFixtures(nodes.bean(0, StaffUsers.class), nodes.bean(0, PasswordEncoder.class));
        var vardval = staff.vardval();

        List<String> results = race(1 + newcomers.size(), i -> i == 0
                ? () -> UploadDriver.upload(nodes.context(0), vardval, csv).state()
                : () -> soap.create(1, newcomers.get(i - 1), unit, doctor, false));

        long withDoctor = jdbc.sql("select count(*) from listing where active and doctor_hsa_id = :d")
                .param("d", doctor.value()).query(Long.class).single();
        assertThat(withDoctor).as("patients of the doctor (cap 1010)").isLessThanOrEqualTo(1010);
        figures.put("CSV upload and doctor choice", "upload of 1000 rows to one doctor (cap 1010) on node 1 " + results.get(0)
                + ", racing 15 newcomers choosing that doctor on node 2: " + count(results, "OK") + " OK; the doctor has "
                + withDoctor + " patients");
    }

    @Test
    @Order(6)
    void eachScheduledJobRunsOnOneNodeAtATime() {
        for (int node = 0; node < 2; node++) {
            assertThat(AopUtils.isAopProxy(nodes.bean(node, QueueAdvancement.class))).isTrue();
            assertThat(AopUtils.isAopProxy(nodes.bean(node, OutboxDelivery.class))).isTrue();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> runs(SchedulingLockConfig.QUEUE_ADVANCEMENT) >= 3
                && runs(SchedulingLockConfig.OUTBOX_DELIVERY) >= 3);

        List<LockRecorder.Held> held = LockRecorder.held();
        for (LockRecorder.Held a : held) {
            for (LockRecorder.Held b : held) {
                if (a != b) {
                    assertThat(a.overlaps(b)).as("%s and %s ran at once", a, b).isFalse();
                }
            }
        }
        assertThat(LockRecorder.refused()).as("the other node's turns were skipped").isPositive();
        assertThat(jdbc.sql("select name from shedlock where locked_by in ('node-1', 'node-2')").query(String.class).list())
                .contains(SchedulingLockConfig.QUEUE_ADVANCEMENT, SchedulingLockConfig.OUTBOX_DELIVERY);
        Map<String, Long> byNode = held.stream().collect(Collectors.groupingBy(h -> h.lock() + "@" + h.node(),
                java.util.TreeMap::new, Collectors.counting()));
        figures.put("scheduler lock", held.size() + " job runs under the lock " + byNode + ", " + LockRecorder.refused()
                + " turns skipped because the other node held the lock, 0 overlapping runs");
    }

    private long runs(String lock) {
        return LockRecorder.held().stream().filter(h -> h.lock().equals(lock)).count();
    }

    private List<HsaId> units(int n, Integer cap, boolean queue) {
        List<HsaId> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            units.add(fixtures.facility().cap(cap).queue(queue).create());
        }
        return units;
    }

    private List<PersonId> residents(int n) {
        List<PersonId> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(fixtures.resident().create());
        }
        return ids;
    }

    private int activeAt(HsaId unit) {
        return listedAt(unit).size();
    }

    private List<String> listedAt(HsaId unit) {
        return jdbc.sql("select person_id from listing where facility_hsa_id = :f and active").param("f", unit.value())
                .query(String.class).list();
    }

    private List<String> queuedAt(HsaId unit) {
        return jdbc.sql("select person_id from queue_place where facility_hsa_id = :f and active order by queued_at, id")
                .param("f", unit.value()).query(String.class).list();
    }

    private int countFor(String sql, PersonId person) {
        return jdbc.sql(sql).param("p", person.value()).query(Integer.class).single();
    }

    private static long count(List<String> codes, String code) {
        return codes.stream().filter(code::equals).count();
    }

    /** Runs n tasks on up to 64 threads, released together; results in task order (exceptions fail the test). */
    private static <T> List<T> race(int n, IntFunction<Callable<T>> task) throws Exception {
        int threads = Math.min(n, 64);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<T> work = task.apply(i);
                boolean waits = i < threads;
                futures.add(pool.submit(() -> {
                    if (waits) {
                        ready.countDown();
                        go.await();
                    }
                    return work.call();
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
