package se.listning.region.persistence;

import static se.listning.region.persistence.Rows.FACILITY_ID;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.QueuePlace;
import se.listning.domain.port.QueueStore;

/** Queue places ordered by (queued_at, id): first come, first served, ties broken by arrival in the table. */
@Repository
public class JdbcQueueStore implements QueueStore {

    private static final String COLUMNS = "id, person_id, facility_hsa_id, code, code_system, doctor_hsa_id, queued_at";

    private final JdbcClient jdbc;

    public JdbcQueueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<QueuePlace> active(PersonId person) {
        return jdbc.sql("select " + COLUMNS + " from queue_place where person_id = :person and active order by queued_at, id")
                .param("person", person.value())
                .query(JdbcQueueStore::place).list();
    }

    @Override
    public QueuePlace join(PersonId person, HsaId facility, ListingTypeCode type, HsaId doctor, LocalDateTime at) {
        return jdbc.sql("""
                        insert into queue_place (person_id, facility_hsa_id, code, code_system, doctor_hsa_id, queued_at)
                        values (:person, %s, :code, :codeSystem,
                                coalesce((select d.hsa_id from doctor d where upper(d.hsa_id) = upper(:doctor)), :doctor), :at)
                        returning %s""".formatted(FACILITY_ID, COLUMNS))
                .param("person", person.value())
                .param("facility", facility.value())
                .param("code", type.code())
                .param("codeSystem", type.codeSystem())
                .param("doctor", Rows.value(doctor), Types.VARCHAR)
                .param("at", at)
                .query(JdbcQueueStore::place).single();
    }

    @Override
    public void leave(long queuePlaceId, LocalDateTime at, String reason) {
        int updated = jdbc.sql("update queue_place set active = false, left_at = :at, leave_reason = :reason where id = :id and active")
                .param("id", queuePlaceId)
                .param("at", at)
                .param("reason", reason)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("queue place " + queuePlaceId + " is not active");
        }
    }

    @Override
    public int position(QueuePlace place) {
        return jdbc.sql("""
                        select count(*) from queue_place
                        where facility_hsa_id = %s and code = :code and code_system = :codeSystem and active
                          and (queued_at, id) <= (:queuedAt, :id)""".formatted(FACILITY_ID))
                .param("facility", place.facility().value())
                .param("code", place.listingType().code())
                .param("codeSystem", place.listingType().codeSystem())
                .param("queuedAt", place.queuedAt())
                .param("id", place.id())
                .query(Integer.class).single();
    }

    @Override
    public List<QueuePlace> head(HsaId facility, ListingTypeCode type, int limit) {
        return jdbc.sql("""
                        select %s from queue_place
                        where facility_hsa_id = %s and code = :code and code_system = :codeSystem and active
                        order by queued_at, id limit :limit""".formatted(COLUMNS, FACILITY_ID))
                .param("facility", facility.value())
                .param("code", type.code())
                .param("codeSystem", type.codeSystem())
                .param("limit", limit)
                .query(JdbcQueueStore::place).list();
    }

    private static QueuePlace place(ResultSet rs, int n) throws SQLException {
        return new QueuePlace(
                rs.getLong("id"),
                Rows.personId(rs, "person_id"),
                HsaId.of(rs.getString("facility_hsa_id")),
                new ListingTypeCode(rs.getString("code"), rs.getString("code_system")),
                Rows.hsaId(rs, "doctor_hsa_id"),
                Rows.time(rs, "queued_at"));
    }
}
