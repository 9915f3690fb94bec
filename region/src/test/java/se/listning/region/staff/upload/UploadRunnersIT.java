package se.listning.region.staff.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;
import se.listning.region.staff.security.StaffUser;
import se.listning.region.testing.RegionIT;
import se.listning.region.testing.StaffFixtures;

/**
 * Only uploads whose runner is gone are failed: another live node's running upload (fresh heartbeat) survives a
 * start-up sweep; a stale one and this node name's leftover from before a restart are failed with a message; a
 * job whose upload was failed meanwhile rolls its work back.
 */
class UploadRunnersIT extends RegionIT {

    @Autowired
    UploadRunners runners;
    @Autowired
    CsvUploads uploads;
    @Autowired
    CsvUploadJob job;
    @Autowired
    StaffFixtures staff;

    @Test
    void aStartUpSweepFailsOnlyUploadsWhoseRunnerIsGone() throws IOException {
        StaffUser user = staff.vardval();
        long otherNodeAlive = running("other-node", "0 seconds");
        long otherNodeStale = running("gone-node", "10 minutes");
        long ownBeforeRestart = running(runners.node(), "5 seconds");
        long ownRunningNow = uploads.create(user, "now.csv", 10);

        runners.sweep(true);

        assertThat(state(otherNodeAlive)).isEqualTo("RUNNING");
        assertThat(state(ownRunningNow)).isEqualTo("RUNNING");
        CsvUploads.Upload stale = uploads.find(otherNodeStale).orElseThrow();
        assertThat(stale.state()).isEqualTo("FAILED");
        assertThat(stale.message()).isEqualTo(UploadRunners.RUNNER_GONE);
        assertThat(stale.finishedAt()).isNotNull();
        assertThat(uploads.find(ownBeforeRestart).orElseThrow().message()).isEqualTo(UploadRunners.RESTARTED);

        runners.finished(ownRunningNow);
        uploads.close(ownRunningNow, "REFUSED", "test");
        uploads.close(otherNodeAlive, "REFUSED", "test");
    }

    @Test
    void theHeartbeatKeepsThisNodesRunningUploadAliveAndAPeriodicSweepLeavesIt() throws IOException {
        long upload = uploads.create(staff.vardval(), "beat.csv", 10);
        jdbc.sql("update csv_upload set heartbeat_at = localtimestamp - interval '10 minutes' where id = :id")
                .param("id", upload).update();

        runners.beat();
        runners.sweep(false);

        assertThat(state(upload)).isEqualTo("RUNNING");
        assertThat(jdbc.sql("select heartbeat_at > localtimestamp - interval '1 minute' from csv_upload where id = :id")
                .param("id", upload).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select node_name from csv_upload where id = :id").param("id", upload)
                .query(String.class).single()).isEqualTo(runners.node());
        runners.finished(upload);
        uploads.close(upload, "REFUSED", "test");
    }

    @Test
    void aJobWhoseUploadWasFailedMeanwhileRollsBackItsWork() throws IOException {
        HsaId unit = fixtures.facility().create();
        HsaId doctor = fixtures.doctor(unit).create();
        PersonId person = fixtures.resident().create();
        fixtures.listing(person, unit).create();
        StaffUser user = staff.vardval();
        Path file = Files.createTempFile("it-upload", ".csv");
        Files.writeString(file, person.value() + ";" + unit.value() + ";" + doctor.value(), StandardCharsets.UTF_8);
        long upload = uploads.create(user, "test.csv", Files.size(file));
        // another node's sweep found the heartbeat too old while the job was running
        jdbc.sql("update csv_upload set state = 'FAILED', message = :m where id = :id")
                .param("m", UploadRunners.RUNNER_GONE).param("id", upload).update();

        job.run(upload, user, file);

        CsvUploads.Upload result = uploads.find(upload).orElseThrow();
        assertThat(result.state()).isEqualTo("FAILED");
        assertThat(result.message()).isEqualTo(UploadRunners.RUNNER_GONE);
        assertThat(jdbc.sql("select doctor_hsa_id from listing where person_id = :p and active").param("p", person.value())
                .query(String.class).optional()).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where detail like :d").param("d", "upload=" + upload + " %")
                .query(Long.class).single()).isZero();
        assertThat(uploads.units(upload)).isEmpty();
    }

    /** A RUNNING upload of {@code node} whose last heartbeat was {@code ago}. */
    private long running(String node, String ago) {
        return jdbc.sql("""
                        insert into csv_upload (uploaded_by, actor_id, role, file_name, node_name, heartbeat_at)
                        values ('someone', 'someone', 'VARDVAL', 'x.csv', :node, localtimestamp - cast(:ago as interval))
                        returning id""")
                .param("node", node).param("ago", ago).query(Long.class).single();
    }

    private String state(long upload) {
        return jdbc.sql("select state from csv_upload where id = :id").param("id", upload).query(String.class).single();
    }
}
