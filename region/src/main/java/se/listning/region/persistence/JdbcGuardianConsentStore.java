package se.listning.region.persistence;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.port.GuardianConsentStore;

/** Open guardian requests (guardian_request rows without completed_at), oldest first. */
@Repository
public class JdbcGuardianConsentStore implements GuardianConsentStore {

    private final JdbcClient jdbc;

    public JdbcGuardianConsentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PendingRequest> pending(PersonId child, HsaId facility, ListingTypeCode type, LocalDateTime since) {
        return jdbc.sql("""
                        select id, child_id, guardian_id, facility_hsa_id, code, code_system, requested_at
                        from guardian_request
                        where child_id = :child and code = :code and code_system = :codeSystem and completed_at is null
                          and upper(facility_hsa_id) = upper(:facility) and requested_at >= :since
                        order by requested_at, id""")
                .param("child", child.value())
                .param("code", type.code())
                .param("codeSystem", type.codeSystem())
                .param("facility", facility.value())
                .param("since", since)
                .query((rs, n) -> new PendingRequest(
                        rs.getLong("id"),
                        Rows.personId(rs, "child_id"),
                        Rows.personId(rs, "guardian_id"),
                        HsaId.of(rs.getString("facility_hsa_id")),
                        new ListingTypeCode(rs.getString("code"), rs.getString("code_system")),
                        Rows.time(rs, "requested_at")))
                .list();
    }

    @Override
    public void recordRequest(PersonId child, PersonId guardian, HsaId facility, ListingTypeCode type, LocalDateTime at) {
        jdbc.sql("""
                        insert into guardian_request (child_id, guardian_id, facility_hsa_id, code, code_system, requested_at)
                        values (:child, :guardian,
                                coalesce((select f.hsa_id from facility f where upper(f.hsa_id) = upper(:facility)), :facility),
                                :code, :codeSystem, :at)""")
                .param("child", child.value())
                .param("guardian", guardian.value())
                .param("facility", facility.value())
                .param("code", type.code())
                .param("codeSystem", type.codeSystem())
                .param("at", at)
                .update();
    }

    @Override
    public void complete(PersonId child, ListingTypeCode type, LocalDateTime at) {
        jdbc.sql("""
                        update guardian_request set completed_at = :at
                        where child_id = :child and code = :code and code_system = :codeSystem and completed_at is null""")
                .param("child", child.value())
                .param("code", type.code())
                .param("codeSystem", type.codeSystem())
                .param("at", at)
                .update();
    }
}
