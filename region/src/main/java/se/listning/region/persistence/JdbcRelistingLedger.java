package se.listning.region.persistence;

import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.port.RelistingLedger;

/** Counted relistings and staff exemptions; callers hold the person lock, so reads and writes are consistent. */
@Repository
public class JdbcRelistingLedger implements RelistingLedger {

    private final JdbcClient jdbc;

    public JdbcRelistingLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int countedSince(PersonId person, ListingTypeCode type, LocalDateTime since) {
        ReadScope scope = ReadScope.current();
        if (scope != null) {
            return scope.relistings(person, type, since, () -> bothSince(person, type, since)).counted();
        }
        return countSince("select count(*) from relisting where counted_at >= :since", person, type, since);
    }

    @Override
    public int exemptionsSince(PersonId person, ListingTypeCode type, LocalDateTime since) {
        ReadScope scope = ReadScope.current();
        if (scope != null) {
            return scope.relistings(person, type, since, () -> bothSince(person, type, since)).exemptions();
        }
        return countSince("select count(*) from relisting_exemption where granted_at >= :since", person, type, since);
    }

    /** Both counts in one statement, for a read scope (GetListing asks for both per listing). */
    private ReadScope.RelistingCounts bothSince(PersonId person, ListingTypeCode type, LocalDateTime since) {
        String of = " and person_id = :person and code = :code and code_system = :codeSystem";
        return jdbc.sql("select (select count(*) from relisting where counted_at >= :since" + of + "),"
                        + " (select count(*) from relisting_exemption where granted_at >= :since" + of + ")")
                .param("person", person.value())
                .param("code", type.code())
                .param("codeSystem", type.codeSystem())
                .param("since", since)
                .query((rs, n) -> new ReadScope.RelistingCounts(rs.getInt(1), rs.getInt(2))).single();
    }

    private int countSince(String query, PersonId person, ListingTypeCode type, LocalDateTime since) {
        return jdbc.sql(query + " and person_id = :person and code = :code and code_system = :codeSystem")
                .param("person", person.value())
                .param("code", type.code())
                .param("codeSystem", type.codeSystem())
                .param("since", since)
                .query(Integer.class).single();
    }

    @Override
    public void record(PersonId person, ListingTypeCode type, LocalDateTime at, String source) {
        jdbc.sql("""
                        insert into relisting (person_id, code, code_system, counted_at, source)
                        values (:person, :code, :codeSystem, :at, :source)""")
                .param("person", person.value())
                .param("code", type.code())
                .param("codeSystem", type.codeSystem())
                .param("at", at)
                .param("source", source)
                .update();
    }

    @Override
    public void grantExemption(PersonId person, ListingTypeCode type, LocalDateTime at, String grantedBy, String reason) {
        jdbc.sql("""
                        insert into relisting_exemption (person_id, code, code_system, granted_at, granted_by, reason)
                        values (:person, :code, :codeSystem, :at, :grantedBy, :reason)""")
                .param("person", person.value())
                .param("code", type.code())
                .param("codeSystem", type.codeSystem())
                .param("at", at)
                .param("grantedBy", grantedBy)
                .param("reason", reason)
                .update();
    }
}
