package se.listning.region.crosscounty;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;

/**
 * outbox_update_listing as the delivery sees it. Claiming is a short transaction of its own: due PENDING
 * notices are locked with FOR UPDATE SKIP LOCKED (several nodes never pick the same row) and leased by moving
 * next_attempt_at past the call; a node that dies mid-call leaves the notice due again once the lease ends
 * (at-least-once; the receiver treats a repeat as harmless). Per-person FIFO: a notice is only claimable when
 * no earlier notice for the same person is still PENDING.
 */
@Repository
public class OutboxRepository {

    private static final String COLUMNS = """
            o.id, o.receiver_county, o.person_id, o.new_listing_county, o.home_county, o.code, o.code_system,
            o.created_at, o.attempts, o.origin""";
    private static final String CLAIMABLE = """
            select %s from outbox_update_listing o
            where o.state = 'PENDING' and o.next_attempt_at <= :now %s
              and not exists (select 1 from outbox_update_listing e
                              where e.person_id = o.person_id and e.state = 'PENDING' and e.id < o.id)
            order by o.next_attempt_at, o.id
            limit :limit
            for update of o skip locked""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate shortTransaction;

    public OutboxRepository(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.shortTransaction = new TransactionTemplate(transactionManager);
        shortTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Claims up to {@code limit} due notices (at most one per person) for {@code lease}. */
    public List<OutboxNotice> claimDue(int limit, Duration lease) {
        return claim("", null, limit, lease);
    }

    /** Claims the person's first due notice, if it is claimable now. */
    public List<OutboxNotice> claimDueFor(PersonId person, Duration lease) {
        return claim("and o.person_id = :person", person, 1, lease);
    }

    private List<OutboxNotice> claim(String filter, PersonId person, int limit, Duration lease) {
        return shortTransaction.execute(status -> {
            LocalDateTime now = LocalDateTime.now(clock);
            JdbcClient.StatementSpec select = jdbc.sql(CLAIMABLE.formatted(COLUMNS, filter))
                    .param("now", now).param("limit", limit);
            if (person != null) {
                select = select.param("person", person.value());
            }
            List<OutboxNotice> claimed = select.query(OutboxRepository::notice).list();
            for (OutboxNotice notice : claimed) {
                jdbc.sql("update outbox_update_listing set next_attempt_at = :until, last_attempt_at = :now where id = :id")
                        .param("until", now.plus(lease)).param("now", now).param("id", notice.id()).update();
            }
            return claimed;
        });
    }

    public void markDelivered(long id, String resultCode) {
        jdbc.sql("""
                        update outbox_update_listing set state = 'DELIVERED', attempts = attempts + 1, result_code = :code,
                               delivered_at = :now, last_error = null
                        where id = :id and state = 'PENDING'""")
                .param("code", resultCode).param("now", LocalDateTime.now(clock)).param("id", id).update();
    }

    public void markRefused(long id, String resultCode, String text) {
        jdbc.sql("""
                        update outbox_update_listing set state = 'REFUSED', attempts = attempts + 1, result_code = :code,
                               last_error = :text
                        where id = :id and state = 'PENDING'""")
                .param("code", resultCode).param("text", text, Types.VARCHAR).param("id", id).update();
    }

    public void markRetry(long id, int attempts, LocalDateTime next, String error) {
        jdbc.sql("""
                        update outbox_update_listing set attempts = :attempts, next_attempt_at = :next, last_error = :error
                        where id = :id and state = 'PENDING'""")
                .param("attempts", attempts).param("next", next).param("error", error).param("id", id).update();
    }

    public void markFailed(long id, int attempts, String error) {
        jdbc.sql("""
                        update outbox_update_listing set state = 'FAILED', attempts = :attempts, last_error = :error
                        where id = :id and state = 'PENDING'""")
                .param("attempts", attempts).param("error", error).param("id", id).update();
    }

    /** Writes a notice of the synchronisation job (due now), in the caller's transaction or its own. */
    public long enqueueSync(CountyCode receiver, PersonId person, CountyCode newListingCounty, CountyCode homeCounty,
                            Optional<ListingTypeCode> type) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbc.sql("""
                        insert into outbox_update_listing (receiver_county, person_id, new_listing_county, home_county,
                                                           code, code_system, created_at, state, next_attempt_at, origin)
                        values (:receiver, :person, :newCounty, :homeCounty, :code, :codeSystem, :now, 'PENDING', :now, 'SYNC')
                        returning id""")
                .param("receiver", receiver.code()).param("person", person.value())
                .param("newCounty", newListingCounty.code()).param("homeCounty", homeCounty.code())
                .param("code", type.map(ListingTypeCode::code).orElse(null), Types.VARCHAR)
                .param("codeSystem", type.map(ListingTypeCode::codeSystem).orElse(null), Types.VARCHAR)
                .param("now", now)
                .query(Long.class).single();
    }

    /** Counts per state, age of the oldest pending notice, and the latest errors (no personal data). */
    public Map<String, Object> status(int lastErrors) {
        Map<String, Object> status = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>(Map.of("PENDING", 0, "DELIVERED", 0, "REFUSED", 0, "FAILED", 0));
        jdbc.sql("select state, count(*) as n from outbox_update_listing group by state")
                .query((rs, n) -> counts.put(rs.getString("state"), rs.getInt("n"))).list();
        status.put("counts", counts);
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<LocalDateTime> oldest = jdbc.sql("select min(created_at) from outbox_update_listing where state = 'PENDING'")
                .query(LocalDateTime.class).optional();
        status.put("oldestPendingAgeSeconds", oldest.map(t -> Duration.between(t, now).toSeconds()).orElse(null));
        List<Map<String, Object>> errors = new ArrayList<>();
        jdbc.sql("""
                        select id, state, receiver_county, attempts, result_code, last_error, last_attempt_at, next_attempt_at
                        from outbox_update_listing where last_error is not null
                        order by coalesce(last_attempt_at, created_at) desc, id desc limit :n""")
                .param("n", lastErrors)
                .query((rs, n) -> {
                    Map<String, Object> e = new TreeMap<>();
                    e.put("id", rs.getLong("id"));
                    e.put("state", rs.getString("state"));
                    e.put("receiverCounty", rs.getString("receiver_county"));
                    e.put("attempts", rs.getInt("attempts"));
                    e.put("resultCode", rs.getString("result_code"));
                    e.put("error", rs.getString("last_error"));
                    e.put("lastAttemptAt", String.valueOf(rs.getObject("last_attempt_at", LocalDateTime.class)));
                    e.put("nextAttemptAt", "PENDING".equals(rs.getString("state"))
                            ? String.valueOf(rs.getObject("next_attempt_at", LocalDateTime.class)) : null);
                    return errors.add(e);
                }).list();
        status.put("lastErrors", errors);
        return status;
    }

    private static OutboxNotice notice(ResultSet rs, int n) throws SQLException {
        String code = rs.getString("code");
        return new OutboxNotice(
                rs.getLong("id"),
                CountyCode.of(rs.getString("receiver_county")),
                PersonId.parse(rs.getString("person_id")),
                CountyCode.of(rs.getString("new_listing_county")),
                CountyCode.of(rs.getString("home_county")),
                code == null ? Optional.empty() : Optional.of(new ListingTypeCode(code, rs.getString("code_system"))),
                rs.getObject("created_at", LocalDateTime.class),
                rs.getInt("attempts"),
                OutboxNotice.Origin.valueOf(rs.getString("origin")));
    }
}
