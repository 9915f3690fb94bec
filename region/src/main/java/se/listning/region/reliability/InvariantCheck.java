package se.listning.region.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.listning.domain.identity.PersonId;
import se.listning.region.config.RegionProperties;

/**
 * What the listing data promises (V1, ADR 0003, docs/rules.md), as named SQL checks over the whole database;
 * each returns the rows that break it, so an empty result is the proof. Run after concurrency and crash tests
 * (docs/RELIABILITY.md); operators may run it on a live region (read-only, one query per check). Person ids
 * in the reported rows are masked.
 */
@Component
public class InvariantCheck {

    /** One named check and the SQL that selects its violations ({@code :own} county, {@code :months} window). */
    public enum Check {
        /** No unit has more active listings of a type than its cap. */
        UNIT_OVER_CAP("""
                select l.facility_hsa_id as unit, l.code, f.max_listed as cap, count(*) as listed
                from listing l join facility f on f.hsa_id = l.facility_hsa_id
                where l.active and f.max_listed is not null
                group by l.facility_hsa_id, l.code, l.code_system, f.max_listed
                having count(*) > f.max_listed"""),
        /** No doctor has more active listings than the doctor's patient cap. */
        DOCTOR_OVER_CAP("""
                select d.hsa_id as doctor, d.max_patients as cap, count(*) as listed
                from listing l join doctor d on d.hsa_id = l.doctor_hsa_id
                where l.active and d.max_patients is not null
                group by d.hsa_id, d.max_patients
                having count(*) > d.max_patients"""),
        /** At most one active listing per person and listing type. */
        DOUBLE_ACTIVE_LISTING("""
                select person_id, code, count(*) as active_listings
                from listing where active
                group by person_id, code, code_system having count(*) > 1"""),
        /** A person's listings of one type follow each other: none starts before the previous one ended. */
        OVERLAPPING_LISTINGS("""
                select a.person_id, a.code, a.id as earlier, b.id as later
                from listing a join listing b on b.person_id = a.person_id and b.code = a.code
                     and b.code_system = a.code_system and b.id <> a.id
                where (b.valid_from, b.id) > (a.valid_from, a.id)
                  and b.valid_from < coalesce(a.ended_at, 'infinity'::timestamp)"""),
        /** An active listing has no end reason (an ended one has; ended_at is a table check). */
        ACTIVE_LISTING_WITH_END("""
                select person_id, id as listing, end_reason from listing where active and end_reason is not null"""),
        /** At most one active queue place per person, unit and type. */
        DOUBLE_QUEUE_PLACE("""
                select person_id, facility_hsa_id as unit, code, count(*) as places
                from queue_place where active
                group by person_id, facility_hsa_id, code, code_system having count(*) > 1"""),
        /** Nobody waits in the queue of a unit where they are already listed for that type. */
        QUEUED_WHERE_LISTED("""
                select q.person_id, q.facility_hsa_id as unit, q.code
                from queue_place q join listing l on l.person_id = q.person_id and l.active
                     and l.facility_hsa_id = q.facility_hsa_id and l.code = q.code and l.code_system = q.code_system
                where q.active"""),
        /**
         * First come, first served: nobody was promoted from a queue while someone who joined it earlier (by
         * queued_at, then id, the order the advancer reads) was still waiting in it.
         */
        QUEUE_ORDER("""
                select p.person_id, p.facility_hsa_id as unit, p.code, p.left_at as promoted_at,
                       e.person_id as ahead_person_id, e.queued_at as ahead_since, e.left_at as ahead_left
                from queue_place p join queue_place e on e.facility_hsa_id = p.facility_hsa_id and e.code = p.code
                     and e.code_system = p.code_system and (e.queued_at, e.id) < (p.queued_at, p.id)
                where p.leave_reason = 'PROMOTED' and (e.left_at is null or e.left_at > p.left_at)"""),
        /**
         * The relisting ledger never holds more relistings of a type in any window of {@code :months} months
         * (ending at one of them) than the type's cap plus the exemptions granted in that window.
         */
        RELISTINGS_OVER_CAP("""
                select * from (
                    select r.person_id, r.code, r.counted_at as window_end, t.max_relistings as cap,
                           (select count(*) from relisting o where o.person_id = r.person_id and o.code = r.code
                              and o.code_system = r.code_system and o.counted_at <= r.counted_at
                              and o.counted_at > r.counted_at - make_interval(months => :months)) as counted,
                           (select count(*) from relisting_exemption x where x.person_id = r.person_id
                              and x.code = r.code and x.code_system = r.code_system and x.granted_at <= r.counted_at
                              and x.granted_at > r.counted_at - make_interval(months => :months)) as exemptions
                    from relisting r join listing_type t on t.code = r.code and t.code_system = r.code_system) w
                where counted > cap + exemptions"""),
        /** A deceased person has no active listing and no queue place. */
        DECEASED_STILL_LISTED("""
                select l.person_id, 'listing' as what, l.id
                from listing l join person p on p.person_id = l.person_id where l.active and p.deceased
                union all
                select q.person_id, 'queue_place', q.id
                from queue_place q join person p on p.person_id = q.person_id where q.active and p.deceased"""),
        /**
         * Listed persons have a consistent home record: resident exactly when their home county is ours; a
         * listing at one of our units is in our county; a "listed in another region" record (no unit) is
         * kept only for our residents and names another county.
         */
        INCONSISTENT_HOME_RECORD("""
                select l.person_id, l.id as listing, p.resident, p.home_county, l.facility_hsa_id as unit,
                       l.listing_county
                from listing l join person p on p.person_id = l.person_id
                where l.active and (p.resident <> (p.home_county = :own)
                   or (l.facility_hsa_id is null and (l.listing_county = :own or not p.resident))
                   or (l.facility_hsa_id is not null and l.listing_county <> :own))""");

        private final String sql;

        Check(String sql) {
            this.sql = sql;
        }
    }

    /** One violating row of a check (person ids masked). */
    public record Violation(Check check, Map<String, Object> row) {

        @Override
        public String toString() {
            return check + " " + row;
        }
    }

    private final JdbcClient jdbc;
    private final String ownCounty;
    private final int windowMonths;

    public InvariantCheck(JdbcClient jdbc, RegionProperties properties) {
        this.jdbc = jdbc;
        this.ownCounty = properties.county();
        this.windowMonths = properties.rules().relistingWindowMonths();
    }

    /** Every check; empty when all promises hold. */
    public List<Violation> all() {
        List<Violation> found = new ArrayList<>();
        for (Check check : Check.values()) {
            found.addAll(run(check));
        }
        return found;
    }

    public List<Violation> run(Check check) {
        JdbcClient.StatementSpec statement = jdbc.sql(check.sql);
        if (check.sql.contains(":own")) {
            statement = statement.param("own", ownCounty);
        }
        if (check.sql.contains(":months")) {
            statement = statement.param("months", windowMonths);
        }
        return statement.query().listOfRows().stream().map(row -> new Violation(check, masked(row))).toList();
    }

    private static Map<String, Object> masked(Map<String, Object> row) {
        Map<String, Object> copy = new LinkedHashMap<>();
        row.forEach((column, value) -> copy.put(column,
                column.endsWith("person_id") && value instanceof String id ? mask(id) : value));
        return copy;
    }

    private static String mask(String id) {
        try {
            return PersonId.parse(id).masked();
        } catch (RuntimeException e) {
            return "****";
        }
    }
}
