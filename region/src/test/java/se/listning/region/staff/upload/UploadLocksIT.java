package se.listning.region.staff.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;
import se.listning.region.testing.RegionIT;
import se.listning.region.testing.StaffFixtures;

/**
 * The upload counts a doctor's patients under the unit lock CreateListing takes (ADR 0003): a CreateListing
 * that holds the unit while it lists a newcomer with the doctor makes the upload wait, and the upload then
 * counts that newcomer. Deterministic single-node version of TwoNodesOneDatabaseIT's doctor-cap race.
 */
class UploadLocksIT extends RegionIT {

    @Autowired
    StaffFixtures staff;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationContext context;

    @Test
    void anUploadWaitsForACreateListingHoldingTheUnitAndThenCountsItsPatient() throws Exception {
        HsaId unit = fixtures.facility().create();
        HsaId doctor = fixtures.doctor(unit).maxPatients(3).create();
        List<PersonId> inFile = List.of(listed(unit), listed(unit), listed(unit));
        PersonId newcomer = fixtures.resident().create();
        String csv = inFile.stream().map(p -> p.value() + ";" + unit.value() + ";" + doctor.value())
                .collect(Collectors.joining("\n"));
        CompletableFuture<CsvUploads.Upload>[] upload = new CompletableFuture[1];

        // as CreateListing does: the unit's row lock, then the doctor check and the new listing, then commit
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("select 1 from facility where upper(hsa_id) = upper(:u) for update").param("u", unit.value())
                    .query(Integer.class).single();
            fixtures.listing(newcomer, unit).doctor(doctor).create();
            upload[0] = CompletableFuture.supplyAsync(() -> {
                try {
                    return UploadDriver.upload(context, staff.vardval(), csv);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            int holder = jdbc.sql("select pg_backend_pid()").query(Integer.class).single();
            // polled outside this transaction: pg_stat_activity is a snapshot per transaction
            await().atMost(Duration.ofSeconds(30)).until(() -> uploadWaitsFor(holder));
        });

        CsvUploads.Upload result = upload[0].get();
        assertThat(result.state()).isEqualTo("REJECTED");
        assertThat(result.faulty()).isEqualTo(1);
        assertThat(context.getBean(CsvUploads.class).errorGroups(result.id()))
                .containsExactly(new CsvUploads.ErrorGroup(UploadMessage.DOCTOR_FULL, 1));
        assertThat(jdbc.sql("select person_id from listing where active and doctor_hsa_id = :d").param("d", doctor.value())
                .query(String.class).list()).containsExactly(newcomer.value());
    }

    /** The upload's backend waits for {@code holder} (which holds nothing but the unit's row lock). */
    private boolean uploadWaitsFor(int holder) {
        return jdbc.sql("""
                        select count(*) from pg_stat_activity
                        where :holder = any(pg_blocking_pids(pid)) and query like '%from facility%for update%'""")
                .param("holder", holder).query(Long.class).single() > 0;
    }

    private PersonId listed(HsaId unit) {
        PersonId person = fixtures.resident().create();
        fixtures.listing(person, unit).create();
        return person;
    }
}
