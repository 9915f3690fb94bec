package se.listning.region.crosscounty;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;

/** sync_job and sync_job_finding; the visitors the job checks. */
@Repository
public class SyncJobRepository {

    public record Job(long id, String state, LocalDateTime startedAt, LocalDateTime finishedAt, String cursor,
                      int total, int checked, int mismatches, int errors, String lastError) {
    }

    /** A visitor with active listings at our units, and the types of those listings. */
    public record Visitor(PersonId person, CountyCode homeCounty, List<ListingTypeCode> types) {
    }

    public record Finding(String maskedPerson, String homeCounty, String kind, String detail, LocalDateTime foundAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public SyncJobRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Job> running() {
        return jdbc.sql("select * from sync_job where state = 'RUNNING'").query(SyncJobRepository::job).optional();
    }

    public Optional<Job> latest() {
        return jdbc.sql("select * from sync_job order by id desc limit 1").query(SyncJobRepository::job).optional();
    }

    public Job start(CountyCode own) {
        int total = jdbc.sql("""
                        select count(distinct l.person_id) from listing l join person p on p.person_id = l.person_id
                        where l.active and l.facility_hsa_id is not null and p.home_county <> :own""")
                .param("own", own.code()).query(Integer.class).single();
        return jdbc.sql("""
                        insert into sync_job (state, started_at, total) values ('RUNNING', :now, :total) returning *""")
                .param("now", LocalDateTime.now(clock)).param("total", total)
                .query(SyncJobRepository::job).single();
    }

    /** The next visitors after {@code cursor} (person id order). */
    public List<Visitor> visitorsAfter(String cursor, CountyCode own, int limit) {
        Map<PersonId, Visitor> visitors = new LinkedHashMap<>();
        jdbc.sql("""
                        with next as (
                            select distinct l.person_id, p.home_county from listing l join person p on p.person_id = l.person_id
                            where l.active and l.facility_hsa_id is not null and p.home_county <> :own
                              and l.person_id > :cursor
                            order by l.person_id limit :limit)
                        select n.person_id, n.home_county, l.code, l.code_system
                        from next n join listing l on l.person_id = n.person_id and l.active and l.facility_hsa_id is not null
                        order by n.person_id, l.code_system, l.code""")
                .param("own", own.code()).param("cursor", cursor == null ? "" : cursor).param("limit", limit)
                .query((rs, n) -> {
                    PersonId person = PersonId.parse(rs.getString("person_id"));
                    CountyCode home = CountyCode.of(rs.getString("home_county"));
                    Visitor v = visitors.computeIfAbsent(person, p -> new Visitor(p, home, new ArrayList<>()));
                    v.types().add(new ListingTypeCode(rs.getString("code"), rs.getString("code_system")));
                    return v;
                }).list();
        return List.copyOf(visitors.values());
    }

    /** Advances the cursor and the counters after one visitor (call in the transaction that enqueued repairs). */
    public void progress(long jobId, PersonId checked, int mismatch, int error, String lastError) {
        jdbc.sql("""
                        update sync_job set cursor_person = :cursor, checked = checked + 1, mismatches = mismatches + :m,
                               errors = errors + :e, last_error = coalesce(:error, last_error)
                        where id = :id""")
                .param("cursor", checked.value()).param("m", mismatch).param("e", error)
                .param("error", lastError, Types.VARCHAR).param("id", jobId).update();
    }

    public void finding(long jobId, PersonId person, CountyCode home, String kind, String detail) {
        jdbc.sql("""
                        insert into sync_job_finding (job_id, masked_person, home_county, kind, detail, found_at)
                        values (:job, :person, :home, :kind, :detail, :now)""")
                .param("job", jobId).param("person", person.masked()).param("home", home.code())
                .param("kind", kind).param("detail", detail, Types.VARCHAR).param("now", LocalDateTime.now(clock))
                .update();
    }

    public void finish(long jobId, String state) {
        jdbc.sql("update sync_job set state = :state, finished_at = :now where id = :id and state = 'RUNNING'")
                .param("state", state).param("now", LocalDateTime.now(clock)).param("id", jobId).update();
    }

    public List<Finding> findings(long jobId, int limit) {
        return jdbc.sql("""
                        select masked_person, home_county, kind, detail, found_at from sync_job_finding
                        where job_id = :job order by id limit :limit""")
                .param("job", jobId).param("limit", limit)
                .query((rs, n) -> new Finding(rs.getString("masked_person"), rs.getString("home_county"),
                        rs.getString("kind"), rs.getString("detail"), rs.getObject("found_at", LocalDateTime.class)))
                .list();
    }

    private static Job job(ResultSet rs, int n) throws SQLException {
        return new Job(rs.getLong("id"), rs.getString("state"), rs.getObject("started_at", LocalDateTime.class),
                rs.getObject("finished_at", LocalDateTime.class), rs.getString("cursor_person"), rs.getInt("total"),
                rs.getInt("checked"), rs.getInt("mismatches"), rs.getInt("errors"), rs.getString("last_error"));
    }
}
