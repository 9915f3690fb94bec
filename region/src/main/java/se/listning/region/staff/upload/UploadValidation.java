package se.listning.region.staff.upload;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.LongConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.listning.region.audit.StaffAudit;
import se.listning.region.staff.security.StaffUser;

/**
 * The set-based part of an upload, inside its transaction: checks the staged rows against persons,
 * listings, units and doctors with joins (first failing check wins, one message per row), the doctors'
 * caps after the whole file, the per-unit summary and faulty rows, and the apply statement.
 */
@Component
class UploadValidation {

    private final JdbcClient jdbc;

    UploadValidation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Builds {@code csv_checked}: each staged row with its canonical unit and doctor and its message (null = approved).
     * The person is looked up only where the answer matters (no listing found, or a doctor with an age limit): a
     * listing proves the person exists. The transaction costs random reads as cached ones (the tables are in
     * memory or on SSD): with the default 4.0 the planner joins 22,000 rows by reading all 2.5 M persons and
     * 3 M listings (0.8 s each) instead of 22,000 index look-ups.
     */
    void check(StaffUser user, LocalDate today) {
        jdbc.sql("set local random_page_cost = 1.1").update();
        jdbc.sql("""
                        create temp table csv_checked on commit drop as
                        select s.line_no, s.f_person, s.f_unit, s.f_doctor, s.f_date, s.person_id, s.unit,
                               f.hsa_id as unit_id, f.name as unit_name, d.hsa_id as doctor_id, s.link_date,
                               l.changing > 0 as changes, l.changing_ids as listing_ids,
                               case
                                   when s.message is not null then s.message
                                   when s.occurrence > 1 then :duplicate
                                   when f.hsa_id is null then :unknownUnit
                                   when not :regionWide and not exists (
                                       select 1 from staff_user_unit su
                                       where su.username = :username and su.facility_hsa_id = f.hsa_id) then :notYourUnit
                                   when l.listings = 0 and not exists (
                                       select 1 from person p where p.person_id = s.person_id) then :unknownPerson
                                   when l.listings = 0 then :notListed
                                   when d.hsa_id is null or d.facility_hsa_id <> f.hsa_id then :noDoctor
                                   when not d.active then :inactiveDoctor
                                   when (d.min_age is not null or d.max_age is not null) and exists (
                                       select 1 from person p
                                       where p.person_id = s.person_id
                                         and (date_part('year', age(:today, p.birth_date)) < d.min_age
                                           or date_part('year', age(:today, p.birth_date)) > d.max_age))
                                       then :doctorAge
                               end as message
                        from (select st.*, row_number() over (partition by st.person_id order by st.line_no) as occurrence
                              from csv_staging st) s
                        left join facility f on upper(f.hsa_id) = s.unit
                        left join doctor d on upper(d.hsa_id) = s.doctor
                        cross join lateral (
                            select count(*) as listings,
                                   count(*) filter (where li.doctor_hsa_id is distinct from d.hsa_id) as changing,
                                   array_agg(li.id) filter (where li.doctor_hsa_id is distinct from d.hsa_id) as changing_ids
                            from listing li
                            where li.person_id = s.person_id and li.active and li.facility_hsa_id = f.hsa_id) l""")
                .param("duplicate", UploadMessage.DUPLICATE)
                .param("unknownUnit", UploadMessage.UNKNOWN_UNIT)
                .param("regionWide", user.regionWide())
                .param("username", user.username())
                .param("notYourUnit", UploadMessage.NOT_YOUR_UNIT)
                .param("unknownPerson", UploadMessage.UNKNOWN_PERSON)
                .param("notListed", UploadMessage.NOT_LISTED)
                .param("noDoctor", UploadMessage.NO_DOCTOR)
                .param("inactiveDoctor", UploadMessage.INACTIVE_DOCTOR)
                .param("today", today)
                .param("doctorAge", UploadMessage.DOCTOR_AGE)
                .update();
        analyze(jdbc, "csv_checked", "person_id, unit_id, doctor_id, changes, listing_ids, message");
        capCheck();
    }

    /**
     * Gives the planner the row count and the spread of the columns the next statements join and filter on:
     * only those columns, from a 3,000-row sample (statistics target 10). A full ANALYZE of every column took
     * 70-120 ms for 22,000 rows, a third of the whole check; the plans are the same. Leave out no column a later
     * statement uses: without statistics on {@code listing_ids} the planner expects 10 listings per row in
     * {@code apply} and merge-joins the whole listing table (4 s instead of 1 s for 22,000 changes).
     */
    static void analyze(JdbcClient jdbc, String table, String columns) {
        jdbc.sql("set local default_statistics_target = 10").update();
        jdbc.sql("analyze " + table + " (" + columns + ")").update();
    }

    /**
     * A doctor's cap after the whole file: listed now, minus valid rows moving patients away, plus valid
     * rows moving patients to them in file order; the rows beyond the cap are refused.
     */
    private void capCheck() {
        jdbc.sql("""
                        with incoming as (
                            select c.line_no, c.doctor_id,
                                   row_number() over (partition by c.doctor_id order by c.line_no) as n
                            from csv_checked c where c.message is null and c.changes),
                        leaving as (
                            select li.doctor_hsa_id as doctor_id, count(*) as n
                            from csv_checked c
                            join listing li on li.person_id = c.person_id and li.active and li.facility_hsa_id = c.unit_id
                            where c.message is null and li.doctor_hsa_id is not null and li.doctor_hsa_id <> c.doctor_id
                            group by li.doctor_hsa_id),
                        capped as (
                            select d.hsa_id, d.max_patients,
                                   (select count(*) from listing li where li.active and li.doctor_hsa_id = d.hsa_id) as listed
                            from doctor d
                            where d.max_patients is not null and d.hsa_id in (select doctor_id from incoming))
                        update csv_checked c set message = :full
                        from incoming i
                        join capped cap on cap.hsa_id = i.doctor_id
                        left join leaving lv on lv.doctor_id = i.doctor_id
                        where c.line_no = i.line_no and cap.listed - coalesce(lv.n, 0) + i.n > cap.max_patients""")
                .param("full", UploadMessage.DOCTOR_FULL)
                .update();
    }

    /** Stores the per-unit summary and the faulty rows of {@code upload}; returns the summary. */
    List<CsvUploads.UnitSummary> summarise(long upload) {
        jdbc.sql("""
                        insert into csv_upload_error (upload_id, line_no, person_id, person, unit, doctor, link_date, message)
                        select :upload, line_no, person_id, f_person, f_unit, f_doctor, f_date, message
                        from csv_checked where message is not null""")
                .param("upload", upload)
                .update();
        return jdbc.sql("""
                        insert into csv_upload_unit (upload_id, unit, name, total, approved, faulty, updated)
                        select :upload, coalesce(unit_id, nullif(unit, ''), '(saknas)'), min(unit_name), count(*),
                               count(*) filter (where message is null), count(*) filter (where message is not null), 0
                        from csv_checked
                        group by coalesce(unit_id, nullif(unit, ''), '(saknas)')
                        returning unit, name, total, approved, faulty, updated""")
                .param("upload", upload)
                .query(CsvUploads.UnitSummary.class)
                .list();
    }

    /**
     * Sets the doctor on every listing whose doctor changes, records the history (at the row's date, else
     * now) and the audit (one act per unit, audit_event, and each changed patient with the new doctor,
     * audit_event_person: V15), in one statement per unit (so progress can be reported);
     * returns the changed patients. The listings were found by id during the check, so this is primary-key
     * updates with no second search of the listing table; one that ended meanwhile is skipped (active).
     */
    int apply(long upload, StaffUser user, LocalDateTime now, LongConsumer appliedRows) {
        // units with at least one change only: a file that changes nothing writes nothing
        List<UnitCount> units = jdbc.sql("""
                        select unit_id as unit, count(*) as updated from csv_checked
                        group by unit_id having bool_or(changes) order by unit_id""")
                .query(UnitCount.class).list();
        if (units.size() > 1) {
            jdbc.sql("create index on csv_checked (unit_id)").update();
        }
        long applied = 0;
        int updated = 0;
        for (UnitCount unit : units) {
            int changed = jdbc.sql("""
                            with targets as (
                                select unnest(c.listing_ids) as listing_id, c.doctor_id, c.link_date
                                from csv_checked c where c.unit_id = :unit),
                            changed as (
                                update listing li set doctor_hsa_id = t.doctor_id
                                from targets t
                                where li.id = t.listing_id and li.active and li.doctor_hsa_id is distinct from t.doctor_id
                                returning li.id, li.person_id, li.facility_hsa_id, li.doctor_hsa_id, t.link_date),
                            history as (
                                insert into listing_doctor_change (listing_id, doctor_hsa_id, changed_at)
                                select id, doctor_hsa_id, coalesce(link_date::timestamp, :now) from changed),
                            act as (
                                insert into audit_event (channel, actor_type, actor_id, role, unit, action, person_id, outcome,
                                                         purpose, detail)
                                select :channel, 'STAFF', :actor, :role, :unit, 'SET_DOCTOR', null, 'OK', :purpose,
                                       'upload=' || :upload || ' patients=' || count(distinct person_id)
                                from changed having count(*) > 0
                                returning id, at),
                            persons as (
                                insert into audit_event_person (event_id, at, person_id, detail)
                                select act.id, act.at, c.person_id,
                                       'doctor=' || c.doctor_hsa_id || coalesce(' date=' || c.link_date::text, '')
                                from changed c cross join act)
                            select count(distinct person_id) from changed""")
                    .param("unit", unit.unit())
                    .param("now", now)
                    .param("channel", StaffAudit.CHANNEL)
                    .param("actor", user.auditId())
                    .param("role", user.role().name())
                    .param("purpose", CsvUploadJob.PURPOSE)
                    .param("upload", upload)
                    .query(Integer.class).single();
            jdbc.sql("update csv_upload_unit set updated = :updated where upload_id = :upload and unit = :unit")
                    .param("updated", changed).param("upload", upload).param("unit", unit.unit())
                    .update();
            updated += changed;
            applied += unit.updated();
            appliedRows.accept(applied);
        }
        return updated;
    }

    /** A unit and a count of rows. */
    record UnitCount(String unit, int updated) {
    }
}
